"""Service catalogue (服务目录): the town's items grouped by window, read-only, and the
selected item's "six publics" (六公开) in large readable text. The list is reused by the
new-case form to pick what the villager applies for."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTextBrowser

from station_app.catalogue import CATALOGUE, CatalogueItem, CatalogueQuery, six_publics

from ..labels import label, labels
from ..models import Column, RecordModel
from ..widgets import ListPanel
from .base import Page
from ..i18n import context


CatalogueText = context("CatalogueText")  # lupdate context of this module's strings


def catalogue_panel(db, parent=None, active_only: bool = False) -> ListPanel:
    """Items in window order; the window's name heads its first row, so the list reads in groups."""
    columns = [
        Column(CatalogueText.tr("窗口"), lambda r: f"【{r['window']}】" if r["first"] else ""),
        Column(CatalogueText.tr("编号"), lambda r: r["code"]),
        Column(CatalogueText.tr("事项"), lambda r: r["name"] if r["active"] else CatalogueText.tr("{0}（⏸ 暂停受理）").format(r["name"])),
    ]
    model = RecordModel(db, columns, CATALOGUE, CatalogueQuery(active_only=active_only), parent=parent)
    panel = ListPanel(model, CatalogueText.tr("搜索：事项名称、编号、窗口或服务对象"), parent=parent)
    panel.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
    panel.apply_filters()
    return panel




def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in (text or "").splitlines()) or "—"


def six_publics_html(item: CatalogueItem) -> str:
    """The item as the town's notice board shows it, materials as a table."""
    publics = six_publics(item)
    parts = [f"<h2 style='margin:0 0 6px 0'>{escape(item.code)} {escape(item.name)}</h2>"]
    if not item.active:
        paused = CatalogueText.tr("⏸ 这个事项暂停受理，请向镇便民服务中心询问")
        parts.append(f"<p><b>{escape(paused)}</b></p>")
    must, may_follow = CatalogueText.tr("必需"), CatalogueText.tr("容缺，可先办后补")
    for key, heading in labels("six_publics").items():
        parts.append(f"<h3 style='margin:12px 0 2px 0;color:#0b5394'>{escape(heading)}</h3>")
        if key == "materials" and item.materials:
            head = "".join(f"<th align='left' style='padding:4px 10px 4px 0'>{escape(h)}</th>"
                           for h in (CatalogueText.tr("材料"), CatalogueText.tr("原件/复印件"), CatalogueText.tr("是否必需")))
            rows = "".join(
                f"<tr><td style='padding:3px 10px 3px 0'>{i}. {escape(m.name)}</td>"
                f"<td style='padding:3px 10px 3px 0'>{escape(label('material_form', m.form))}</td>"
                f"<td style='padding:3px 0'>{escape(must if m.required else may_follow)}</td></tr>"
                for i, m in enumerate(item.materials, 1))
            parts.append(f"<table cellspacing='0'><tr>{head}</tr>{rows}</table>")
        else:
            parts.append(f"<p style='margin:0'>{_lines(publics[key])}</p>")
    return "".join(parts)


class CataloguePage(Page):
    key = "catalogue"

    def title(self) -> str:
        return self.tr("服务目录")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.list = catalogue_panel(self.db, self)
        self.model = self.list.model
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setStyleSheet("font-size: 16pt;")
        self.details.setPlaceholderText(self.tr("在左边选一个事项，这里显示它的六公开内容"))
        row = QHBoxLayout()
        row.addWidget(self.list, 5)
        row.addWidget(self.details, 6)
        self.layout_.addLayout(row, 1)
        self.list.selected.connect(self._show)
        self._loaded = False
        self.model.loaded.connect(self._first_load)

    def _first_load(self) -> None:
        if not self._loaded and self.model.rowCount():
            self.list.table.selectRow(0)
        self._loaded = True

    def _show(self, row: dict) -> None:
        if row:
            self.details.setHtml(six_publics_html(row["item"]))

    def activated(self) -> None:
        self.list.search.setFocus()

    def ready(self) -> bool:
        return self._loaded and self.db.idle()
