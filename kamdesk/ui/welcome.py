"""The welcome page of a first run: the demo, a new portfolio or an import, instead of an
empty portfolio made silently; plus "open a portfolio" and the recent ones when there are any."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk import PORTFOLIO_SUFFIX
from kamdesk.resources import resource_path
from kamdesk.ui.colors import MUTED_TEXT

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

CONTENT_WIDTH = 820
CARD_ICON = 44
BRAND_COLOR = QColor("#0e5573")  # the app icon's blue


def choice_icon(kind: str) -> QPixmap:
    """A round badge in the app's colour with a white sign: "demo" ▶, "new" +, "import" ↓."""
    ratio = 2.0  # drawn at twice the size, sharp on high-density screens too
    pixmap = QPixmap(int(CARD_ICON * ratio), int(CARD_ICON * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BRAND_COLOR)
    painter.drawEllipse(QRectF(0, 0, CARD_ICON, CARD_ICON))
    painter.setBrush(QColor("white"))
    unit = CARD_ICON / 44  # the shapes are laid out on a 44-point badge
    if kind == "demo":
        points = [(17, 13), (17, 31), (32, 22)]
        painter.drawPolygon(QPolygonF([QPointF(x * unit, y * unit) for x, y in points]))
    elif kind == "new":
        painter.drawRect(QRectF(20 * unit, 12 * unit, 4 * unit, 20 * unit))
        painter.drawRect(QRectF(12 * unit, 20 * unit, 20 * unit, 4 * unit))
    else:
        arrow = [(20, 10), (24, 10), (24, 21), (29, 21), (22, 28), (15, 21), (20, 21)]
        painter.drawPolygon(QPolygonF([QPointF(x * unit, y * unit) for x, y in arrow]))
        painter.drawRect(QRectF(13 * unit, 31 * unit, 18 * unit, 3 * unit))
    painter.end()
    return pixmap


def _scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class ChoiceCard(QPushButton):
    """A big button: an icon, a title and a line on what the choice gives."""

    def __init__(self, icon: QPixmap, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        icon_label = QLabel()
        icon_label.setPixmap(icon)
        icon_label.setFixedSize(CARD_ICON, CARD_ICON)
        self.title = QLabel(title)
        self.title.setFont(_scaled_font(self, 1.15))
        self.title.setWordWrap(True)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(icon_label)
        layout.addWidget(self.title)
        layout.addWidget(self.description, 1)
        for label in (icon_label, self.title, self.description):
            # The labels are only drawn on the button: clicks go to the button itself.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumSize(220, 190)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(self.minimumSize())


class WelcomePage(QWidget):
    """Shown by the main window while no portfolio is open on a first run."""

    guide_requested = Signal()

    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.main_window = window
        self.demo_card = ChoiceCard(
            choice_icon("demo"),
            self.tr("Open the demo portfolio"),
            self.tr(
                "Explore KAMdesk with 40 realistic accounts. Nothing you do there touches "
                "a portfolio of your own."
            ),
        )
        self.new_card = ChoiceCard(
            choice_icon("new"),
            self.tr("New portfolio…"),
            self.tr("Start with an empty portfolio and add your key accounts one by one."),
        )
        self.import_card = ChoiceCard(
            choice_icon("import"),
            self.tr("Import a workbook…"),
            self.tr(
                "Your accounts are in Excel already? Bring them into a new portfolio: every "
                "row is checked, and you see the changes before anything is written."
            ),
        )
        self.demo_card.clicked.connect(lambda: window.open_demo())
        self.new_card.clicked.connect(lambda: window.new_portfolio())
        self.import_card.clicked.connect(self.choose_workbook)
        self.open_button = QPushButton(self.tr("Open a portfolio…"))
        self.open_button.clicked.connect(lambda: window.choose_portfolio())
        self.connect_button = QPushButton(self.tr("Connect to a team server…"))
        self.connect_button.setObjectName("welcomeConnect")
        self.connect_button.setToolTip(
            self.tr("Work on your team's shared portfolio, kept on your company's server.")
        )
        self.connect_button.clicked.connect(lambda: window.connect_to_server())
        self.recent_buttons: list[QPushButton] = []
        self._build()

    def _build(self) -> None:
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(14)
        column.addLayout(self._header())
        column.addSpacing(12)
        prompt = QLabel(self.tr("How would you like to start?"))
        prompt.setFont(_scaled_font(self, 1.1))
        column.addWidget(prompt)
        cards = QGridLayout()
        cards.setSpacing(14)
        for index, card in enumerate((self.demo_card, self.new_card, self.import_card)):
            cards.addWidget(card, 0, index)
            cards.setColumnStretch(index, 1)
        column.addLayout(cards)
        column.addSpacing(12)
        column.addWidget(self._separator())
        column.addLayout(self._existing_portfolios())
        column.addWidget(self._separator())
        column.addWidget(self._guide_link())
        column.addStretch(1)

        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(content, 100)
        centred.addStretch(1)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(24, 36, 24, 24)
        outer.addLayout(centred)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _header(self) -> QHBoxLayout:
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons", "kamdesk.png"))).pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Welcome to KAMdesk"))
        heading.setObjectName("welcomeHeading")
        heading.setFont(_scaled_font(self, 1.9))
        tagline = QLabel(
            self.tr(
                "Your key accounts in one place: ICP and tiers, stakeholder maps, pipeline and "
                "forecast, risks, OKRs and account health. Everything stays on your computer, "
                "in one portfolio file that you can copy and back up."
            )
        )
        tagline.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(tagline)
        header = QHBoxLayout()
        header.setSpacing(18)
        header.addWidget(logo)
        header.addLayout(text, 1)
        return header

    def _separator(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _existing_portfolios(self) -> QVBoxLayout:
        from kamdesk.ui.main_window import recent_files

        box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Already have a portfolio?")))
        row.addWidget(self.open_button)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        box.addLayout(row)
        recent = [Path(p) for p in recent_files() if Path(p).exists()]
        if recent:
            box.addWidget(QLabel(self.tr("Recent portfolios:")))
        for path in recent:
            button = QPushButton(path.stem)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(str(path))
            button.setStyleSheet("text-align: left; text-decoration: underline;")
            button.clicked.connect(lambda _=False, p=path: self.main_window.open_path(p))
            self.recent_buttons.append(button)
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _guide_link(self) -> QLabel:
        link = QLabel(
            self.tr(
                "New to the key account routine? <a href='guide'>Read the routine guide</a>: "
                "what to review each month and each quarter, and where in KAMdesk."
            )
        )
        link.setObjectName("guideLink")
        link.setWordWrap(True)
        link.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        link.linkActivated.connect(lambda _href: self.guide_requested.emit())
        return link

    # -- import into a new portfolio ---------------------------------------------------------

    def choose_workbook(self) -> None:
        """Asks for the workbook, then where to save the new portfolio, then imports."""
        from kamdesk.ui.main_window import documents_folder

        workbook, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a workbook"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if not workbook:
            return
        suggestion = documents_folder() / f"{Path(workbook).stem}{PORTFOLIO_SUFFIX}"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new portfolio as"),
            str(suggestion),
            self.tr("KAMdesk portfolios (*%1)").replace("%1", PORTFOLIO_SUFFIX),
        )
        if target:
            self.import_into_new_portfolio(Path(workbook), Path(target))

    def import_into_new_portfolio(self, workbook: Path, target: Path) -> bool:
        """Creates the portfolio at ``target`` and starts the usual import of ``workbook``
        (checked in the background, then the preview): nothing is imported unconfirmed."""
        if not self.main_window.create_path(target):
            return False
        self.main_window.workbook_actions.plan_import(workbook)
        return True
