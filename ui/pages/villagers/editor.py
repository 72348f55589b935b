"""Adding and editing a villager, and their family contacts (the one who pays back advances).

The phone and the ID number are checked with the core's own rules as the agent types. The
full ID number appears only inside its edit field; everywhere else it is masked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from station_app.validation import mask_id, mobile, resident_id
from station_app.villagers import (CONTACTS, Villager, add_contact, add_villager, get_villager, update_contact,
                                   update_villager)

from ...forms import Form, combo
from ...labels import label, labels
from ...models import Column, RecordModel
from ...ops import read, write
from ...widgets import ListPanel, primary_button

FIELDS = ("name", "phone", "id_number", "village_group", "address", "note")


class VillagerEditor(QWidget):
    """The form for one villager: empty for a new one, filled for an edit."""

    saved = Signal(str)  # the villager's id

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.villager_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = Form(self)
        f = self.form
        self.name = f.add("name", self.tr("姓名"), QLineEdit(self))
        self.phone = f.add("phone", self.tr("手机号"), QLineEdit(self))
        self.phone.setPlaceholderText(self.tr("11位手机号，可不填"))
        self.id_number = f.add("id_number", self.tr("身份证号"), QLineEdit(self))
        self.id_number.setPlaceholderText(self.tr("18位，可不填"))
        self.village_group = f.add("village_group", self.tr("村民组"), QLineEdit(self))
        self.village_group.setPlaceholderText(self.tr("例如：三组"))
        self.address = f.add("address", self.tr("住址"), QLineEdit(self))
        tags = QWidget(self)
        grid = QGridLayout(tags)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tags: dict[str, QCheckBox] = {}
        words = labels("villager_tag")
        per_row = 3 if all(len(word) <= 4 for word in words.values()) else 2  # Chinese fits 3, English 2
        for index, (code, word) in enumerate(words.items()):
            box = QCheckBox(word, tags)
            grid.addWidget(box, index // per_row, index % per_row)
            self.tags[code] = box
        f.add("tags", self.tr("情况"), tags)
        self.note = f.add("note", self.tr("备注"), QLineEdit(self))
        f.live_check("phone", lambda text: mobile(text, "phone"), as_typed=False)
        f.live_check("id_number", lambda text: resident_id(text, "id_number"), as_typed=False)
        layout.addWidget(f)
        buttons = QHBoxLayout()
        self.save_button = primary_button(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("新增村民"), self)
        self.new_button.clicked.connect(self.new)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for edit in (self.name, self.phone, self.id_number, self.village_group, self.address, self.note):
            edit.returnPressed.connect(self.save)
        self.new()

    def edits(self) -> dict[str, QLineEdit]:
        return {name: getattr(self, name) for name in FIELDS}

    def new(self) -> None:
        self.villager_id = None
        self.form.clear_errors()
        for edit in self.edits().values():
            edit.clear()
        for box in self.tags.values():
            box.setChecked(False)
        self.heading.setText(self.tr("新增村民"))
        self.name.setFocus()

    def load(self, villager_id: str) -> None:
        read(self.db, lambda store: get_villager(store, villager_id), self._fill, self)

    def _fill(self, villager: Villager) -> None:
        self.villager_id = villager.id
        self.form.clear_errors()
        for name, edit in self.edits().items():
            edit.setText(getattr(villager, name) or "")
        for code, box in self.tags.items():
            box.setChecked(code in villager.tags)
        masked = mask_id(villager.id_number) or self.tr("未登记")
        self.heading.setText(self.tr("修改村民：{0}（身份证 {1}）").format(villager.name, masked))

    def values(self) -> dict:
        values = {name: edit.text() for name, edit in self.edits().items()}
        values["tags"] = [code for code, box in self.tags.items() if box.isChecked()]
        return values

    def save(self) -> None:
        agent, values, villager_id = self.ctx.agent_id, self.values(), self.villager_id
        if villager_id:
            fn = lambda store: update_villager(store, agent, villager_id, **values) or villager_id  # noqa: E731
        else:
            fn = lambda store: add_villager(store, agent, **values)  # noqa: E731
        write(self.db, fn, form=self.form, parent=self, on_done=lambda vid: self._saved(vid, bool(villager_id)))

    def _saved(self, villager_id: str, edited: bool) -> None:
        name = self.name.text().strip()
        self.ctx.say(self.tr("已保存村民：{0}").format(name) if edited else self.tr("已登记新村民：{0}").format(name))
        self.villager_id = villager_id
        self.load(villager_id)
        self.saved.emit(villager_id)


class ContactsPanel(QWidget):
    """A villager's family contacts, and a short form to add one or correct the one chosen."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.villager_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("先在左边选一位村民"), self)
        layout.addWidget(self.heading)
        columns = [
            Column(self.tr("姓名"), lambda r: r["name"]),
            Column(self.tr("关系"), lambda r: label("villager_relation", r["relation"])),
            Column(self.tr("手机号"), lambda r: r["phone"] or ""),
            Column(self.tr("还垫付款"), lambda r: self.tr("✓ 负责还款") if r["is_payer"] else ""),
        ]
        self.model = RecordModel(self.db, columns, CONTACTS, parent=self)
        self.list = ListPanel(self.model, parent=self)
        self.list.search.hide()
        layout.addWidget(self.list, 1)
        self.form = Form(self)
        self.name = self.form.add("name", self.tr("联系人"), QLineEdit(self))
        self.phone = self.form.add("phone", self.tr("手机号"), QLineEdit(self))
        self.relation = self.form.add("relation", self.tr("关系"), combo(labels("villager_relation"), self))
        self.payer = QCheckBox(self.tr("由他/她负责还垫付款"), self)
        self.form.add("is_payer", "", self.payer)
        self.form.live_check("phone", lambda text: mobile(text, "phone"), as_typed=False)
        layout.addWidget(self.form)
        self.contact_id: str | None = None  # the contact being corrected, if any
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加联系人"), self)
        self.add_button.clicked.connect(self.add)
        self.new_button = QPushButton(self.tr("改为新增"), self)
        self.new_button.setToolTip(self.tr("不改选中的联系人，清空表格另加一位"))
        self.new_button.clicked.connect(lambda: self.edit_contact({}))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.name.returnPressed.connect(self.add)
        self.phone.returnPressed.connect(self.add)
        layout.addLayout(buttons)
        self.list.selected.connect(self.edit_contact)
        self.show_villager(None, "")

    def edit_contact(self, contact: dict) -> None:
        """Choosing a contact in the list puts it in the form; saving then corrects it."""
        self.contact_id = contact.get("id") if contact else None
        self.form.clear_errors()
        self.name.setText(contact.get("name", "") if contact else "")
        self.phone.setText((contact.get("phone") or "") if contact else "")
        if contact:
            self.relation.setCurrentIndex(max(0, self.relation.findData(contact["relation"])))
        self.payer.setChecked(bool(contact and contact.get("is_payer")))
        self.add_button.setText(self.tr("保存修改") if self.contact_id else self.tr("添加联系人"))
        self.new_button.setVisible(self.contact_id is not None)

    def show_villager(self, villager_id: str | None, name: str) -> None:
        self.villager_id = villager_id
        for widget in (self.form, self.add_button):
            widget.setEnabled(villager_id is not None)
        self.heading.setText(self.tr("{0}的家属联系人").format(name) if villager_id else self.tr("先在左边选一位村民"))
        self.edit_contact({})
        self.model.set_filters(villager=villager_id)

    def add(self) -> None:
        if not self.villager_id:
            return
        agent, villager_id, contact_id = self.ctx.agent_id, self.villager_id, self.contact_id
        name, phone, relation, payer = self.name.text(), self.phone.text(), self.form.value("relation"), self.payer.isChecked()
        if contact_id:
            fn = lambda store: update_contact(store, agent, contact_id, name, phone, relation, payer)  # noqa: E731
        else:
            fn = lambda store: add_contact(store, agent, villager_id, name, phone, relation, payer)  # noqa: E731
        write(self.db, fn, form=self.form, parent=self, on_done=lambda _: self._added(name, bool(contact_id)))

    def _added(self, name: str, corrected: bool) -> None:
        words = self.tr("已修改联系人：{0}") if corrected else self.tr("已添加联系人：{0}")
        self.ctx.say(words.format(name.strip()))
        self.edit_contact({})
        self.model.reload()
        self.name.setFocus()
