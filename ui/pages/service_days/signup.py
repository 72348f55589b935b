"""Signing a villager up for a day: who, which of the day's items, and what they already
have (ticked); once saved, what is still missing is said, and the new sign-up is chosen in
the day's list beside, where its notice of what to bring is printed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station_app import service_days

from ...forms import Form
from ...ops import read, write
from ...widgets import hint, primary_button
from ..villagers.picker import VillagerPicker


class SignUpPanel(QWidget):
    signed_up = Signal(str)  # the new sign-up's id

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.day: dict | None = None
        self.items: dict[str, dict] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        f = self.form = Form(self)
        self.villager = VillagerPicker(self.db, self, self.tr("姓名、手机号或尾号"), rows=4)
        f.add("villager", self.tr("村民"), self.villager)
        self.item = f.add("item_code", self.tr("办理事项"), QComboBox(self))
        self.item.currentIndexChanged.connect(self._show_materials)
        self.materials = QListWidget(self)
        self.materials.setMinimumHeight(120)
        self.materials.setWordWrap(True)
        f.add("materials", self.tr("已有材料"), self.materials)
        layout.addWidget(f)
        self.state = hint("", self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.sign_button = primary_button(self.tr("报名"), self)
        self.sign_button.clicked.connect(self.sign_up)
        layout.addWidget(self.sign_button)
        self.result = hint("", self)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._loaded = True

    def ready(self) -> bool:
        return self._loaded

    def show_day(self, day: dict | None) -> None:
        changed = (day or {}).get("id") != (self.day or {}).get("id")
        self.day = day
        open_for_signups = bool(day) and day["status"] == "planned" and not day["past"]
        for widget in (self.villager, self.item, self.materials, self.sign_button):
            widget.setEnabled(open_for_signups)
        if not day:
            self.state.setText("")
        elif day["status"] != "planned":
            self.state.setText(self.tr("这个服务日已取消，不能再报名。"))
        elif day["past"]:
            self.state.setText(self.tr("这个服务日已经过去了：在右边记录每位村民的办理结果。"))
        else:
            self.state.setText("")
        if changed:
            self.result.setText("")
            self._load_items()

    def _load_items(self) -> None:
        self._loaded = False
        day_id = self.day["id"] if self.day else None
        if day_id is None:
            self._fill_items([])
            return
        read(self.db, lambda store: service_days.day_items(store, day_id), self._fill_items, self)

    def _fill_items(self, items: list[dict]) -> None:
        self.items = {i["code"]: i for i in items}
        self.item.blockSignals(True)
        self.item.clear()
        for i in items:
            self.item.addItem(i["name"], i["code"])
        self.item.blockSignals(False)
        self._show_materials()
        self._loaded = True

    def _show_materials(self, *_args) -> None:
        self.materials.clear()
        item = self.items.get(self.item.currentData())
        for material in (item or {}).get("materials", []):
            text = material["name"] if material["required"] else self.tr("{0}（可以后补）").format(material["name"])
            line = QListWidgetItem(text, self.materials)
            line.setData(Qt.UserRole, material["name"])
            line.setFlags(line.flags() | Qt.ItemIsUserCheckable)
            line.setCheckState(Qt.Unchecked)

    def _ticked(self) -> list[str]:
        return [self.materials.item(i).data(Qt.UserRole) for i in range(self.materials.count())
                if self.materials.item(i).checkState() == Qt.Checked]

    def sign_up(self) -> None:
        if not self.day:
            return
        agent, day_id = self.ctx.agent_id, self.day["id"]
        villager = self.villager.villager
        code, have = self.item.currentData(), self._ticked()
        write(self.db, lambda store: service_days.sign_up(store, agent, day_id, villager.id if villager else "",
                                                          code or "", have),
              form=self.form, parent=self, on_done=lambda made: self._signed(made, villager.name if villager else ""))

    def _signed(self, made: dict, name: str) -> None:
        missing = "、".join(made["missing"])
        if missing:
            self.result.setText(self.tr("{0} 已报名。还要带：{1}。请点右边的“打印告知单”交给村民。").format(name, missing))
        else:
            self.result.setText(self.tr("{0} 已报名，材料已齐。").format(name))
        self.ctx.say(self.tr("{0} 已报名").format(name))
        self.villager.clear()
        self._show_materials()
        self.signed_up.emit(made["id"])
        self.villager.edit.setFocus()
