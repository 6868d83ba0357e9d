"""File ▸ Connect to team server…: where the team portfolio is, the password (kept in the
operating system's keychain only when the KAM asks), and a connection made off the GUI thread
that can be cancelled.

Every failure is said inside the dialog in plain words naming the problem, and the fields are
kept. On success the dialog holds the open portfolio (``portfolio``) and whether the connection
is encrypted (``encrypted``), and emits ``connected``. The servers used lately are remembered in
QSettings as addresses only, never with a password.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.team.connection import (
    DEFAULT_PORT,
    NOT_IN_HOST,
    KeychainUnavailable,
    ServerAddress,
    ServerOffersNoEncryption,
    connect,
    forget_password,
    is_encrypted,
    keychain_available,
    save_password,
    saved_password,
    tls_required,
)
from kamdesk.store.errors import (
    NotAPortfolio,
    PortfolioError,
    PortfolioFromNewerVersion,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnreachable,
    is_database_url,
)
from kamdesk.ui.background import BackgroundTask, Progress
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import translate
from kamdesk.ui.team.roles import role_allows, role_name

RECENT_SERVERS_KEY = "team/recent_servers"
RECENT_SERVERS_LIMIT = 8
CONTENT_WIDTH = 500  # the wrapped texts' width; the fields line up with it


# -- the servers used lately (addresses only) --------------------------------------------------


def recent_servers() -> list[tuple[ServerAddress, bool]]:
    """The servers connected to lately, newest first: (address, encryption required)."""
    value = QSettings().value(RECENT_SERVERS_KEY, []) or []
    servers = []
    for url in [value] if isinstance(value, str) else list(value):
        try:
            servers.append((ServerAddress.from_url(str(url)), tls_required(str(url))))
        except PortfolioError:
            continue  # an entry edited by hand into nonsense is skipped, not fatal
    return servers


def remember_server(address: ServerAddress, require_tls: bool) -> None:
    """Puts ``address`` first among the recent servers (its URL without a password)."""
    entry = address.url(require_tls=require_tls)
    others = [a.url(require_tls=tls) for a, tls in recent_servers() if a != address]
    QSettings().setValue(RECENT_SERVERS_KEY, [entry, *others][:RECENT_SERVERS_LIMIT])


# -- what each failure means -------------------------------------------------------------------


def explain_connect_error(
    error: BaseException, address: ServerAddress, password_given: bool
) -> tuple[str, str]:
    """A (headline, what to do) pair for a failed connection; nothing on the server changed."""
    host, database = address.host, address.database
    if isinstance(error, ServerOffersNoEncryption):
        return (
            translate(
                "ConnectDialog", "The server %1 does not offer an encrypted connection."
            ).replace("%1", host),
            translate(
                "ConnectDialog",
                "Ask whoever runs the server to turn encryption (TLS) on, or untick “Require an "
                "encrypted connection” if you trust this network.",
            ),
        )
    if isinstance(error, ServerUnreachable):
        return (
            translate("ConnectDialog", "No database server answers at %1, port %2.")
            .replace("%1", host)
            .replace("%2", str(address.port)),
            translate(
                "ConnectDialog",
                "Check the server's name and port, and that you are connected to the company "
                "network (or its VPN). If it keeps failing, ask whoever runs the server.",
            ),
        )
    if isinstance(error, ServerLoginRefused):
        if not password_given:
            return (
                translate("ConnectDialog", "The server asks for a password."),
                translate(
                    "ConnectDialog", "Type the password of the user %1 and connect again."
                ).replace("%1", address.user),
            )
        return (
            translate("ConnectDialog", "The server did not accept the user name or the password."),
            translate(
                "ConnectDialog",
                "Check them (capital letters count) and try again. To get a new password, ask "
                "whoever runs the server.",
            ),
        )
    if isinstance(error, ServerDatabaseMissing):
        return (
            translate("ConnectDialog", "The server %1 has no database named “%2”.")
            .replace("%1", host)
            .replace("%2", database),
            translate("ConnectDialog", "Check the database's name with whoever runs the server."),
        )
    if isinstance(error, NotAPortfolio):
        if "empty" in error.detail:
            return (
                translate("ConnectDialog", "The database “%1” is empty.").replace("%1", database),
                translate(
                    "ConnectDialog",
                    "It holds no portfolio yet: publish a portfolio there first, or check the "
                    "database's name with whoever runs the server.",
                ),
            )
        return (
            translate("ConnectDialog", "The database “%1” is not a KAMdesk portfolio.").replace(
                "%1", database
            ),
            translate(
                "ConnectDialog",
                "It holds another program's data. Check the database's name with whoever runs "
                "the server. Nothing in it was changed.",
            ),
        )
    if isinstance(error, PortfolioFromNewerVersion):
        return (
            translate(
                "ConnectDialog", "The portfolio “%1” was made by a newer version of KAMdesk."
            ).replace("%1", database),
            translate(
                "ConnectDialog",
                "Update KAMdesk on this computer to connect. Nothing on the server was changed.",
            ),
        )
    detail = error.detail if isinstance(error, PortfolioError) else str(error)
    return (
        translate("ConnectDialog", "The portfolio “%1” could not be opened.").replace(
            "%1", database
        ),
        translate("ConnectDialog", "Details: %1").replace("%1", detail or type(error).__name__),
    )


# -- the dialog --------------------------------------------------------------------------------


class ConnectDialog(QDialog):
    """Connects to a team portfolio. Keep it alive while a connection may still be running
    (the main window keeps one and reuses it)."""

    connected = Signal(object, bool)  # the open ServerPortfolio, whether it is encrypted

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.portfolio = None  # the ServerPortfolio, once connected
        self.encrypted = False
        self.attempt: BackgroundTask | None = None  # the connection being made
        self.abandoned: set[BackgroundTask] = set()  # cancelled, not yet given up by libpq
        self.has_keychain = keychain_available()
        # The address whose password came from the keychain: only that one is forgotten when
        # "Remember" is unticked (asking the keychain may mean an unlock prompt).
        self.saved_for: ServerAddress | None = None
        self._build()
        self._fill_recent()
        self._set_busy(False)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A team portfolio lives in a database on a PostgreSQL server that your company "
                "runs. Whoever runs it gives you these details."
            )
        )
        intro.setWordWrap(True)

        self.recent = QComboBox()
        self.recent.setObjectName("recentServers")
        self.recent.setPlaceholderText(self.tr("Choose a server you used before…"))
        self.recent.activated.connect(self._recent_chosen)
        self.recent_label = QLabel(self.tr("&Recent:"))
        self.recent_label.setBuddy(self.recent)

        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. db.company.com.br"))
        self.host.editingFinished.connect(self._host_edited)
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port)
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("the team portfolio's database"))
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.host, self.database, self.user):
            edit.setMaxLength(255)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.recent_label, self.recent)
        server_label = QLabel(self.tr("&Server:"))
        server_label.setBuddy(self.host)  # a row holding a layout gets no buddy by itself
        form.addRow(server_label, server_row)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)

        self.remember = QCheckBox(self.tr("Re&member the password on this computer"))
        self.remember.setObjectName("rememberPassword")
        self.remember.setToolTip(
            self.tr("Kept in the operating system's keychain, never in a KAMdesk file.")
        )
        self.no_keychain_note = QLabel(
            self.tr(
                "This computer offers no keychain to keep passwords in (such as GNOME Keyring or "
                "KWallet): KAMdesk will ask for the password each time."
            )
        )
        self.no_keychain_note.setWordWrap(True)
        self.no_keychain_note.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.remember.setEnabled(self.has_keychain)
        self.no_keychain_note.setVisible(not self.has_keychain)
        self.require_tls = QCheckBox(self.tr("Require an &encrypted connection"))
        self.require_tls.setObjectName("requireEncryption")
        self.require_tls.setToolTip(
            self.tr(
                "Without this, the connection is encrypted whenever the server offers it. "
                "With it, KAMdesk refuses to connect to a server that does not."
            )
        )

        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.problem = self._problem_panel()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button.clicked.connect(self.start_connecting)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.no_keychain_note)
        layout.addWidget(self.require_tls)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Always as tall as its content: a message appears and goes without leaving a gap.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        for label in (intro, self.no_keychain_note, self.status):
            label.setFixedWidth(CONTENT_WIDTH)

    def _problem_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("connectProblem")
        panel.setStyleSheet(
            "QFrame#connectProblem { background: #fdecea; border: 1px solid #f2b8b5;"
            " border-radius: 4px; }"
        )
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem_headline = QLabel()
        self.problem_headline.setObjectName("problemHeadline")
        self.problem_advice = QLabel()
        self.problem_advice.setObjectName("problemAdvice")
        for label in (self.problem_headline, self.problem_advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by the KAM are shown as is
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.problem_headline.font()
        font.setBold(True)
        self.problem_headline.setFont(font)
        self.problem_headline.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        text = QVBoxLayout()
        text.addWidget(self.problem_headline)
        text.addWidget(self.problem_advice)
        row = QHBoxLayout(panel)
        row.addWidget(icon)
        row.addLayout(text, 1)
        panel.hide()
        return panel

    # -- filling the fields ------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent.clear()
        for address, tls in recent_servers():
            self.recent.addItem(address.label, (address, tls))
            self.recent.setItemData(
                self.recent.count() - 1, address.keychain_account, Qt.ItemDataRole.ToolTipRole
            )
        self.recent.setCurrentIndex(-1)
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_label.setVisible(self.recent.count() > 0)

    def _recent_chosen(self, index: int) -> None:
        address, tls = self.recent.itemData(index)
        self.fill(address, tls)

    def fill(self, address: ServerAddress, require_tls: bool = False) -> bool:
        """Puts ``address`` in the fields, with its password when the keychain keeps one.
        Returns whether it did (the caller may then connect at once)."""
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.require_tls.setChecked(require_tls)
        password = saved_password(address)
        self.saved_for = address if password is not None else None
        self.password.setText(password or "")
        self.remember.setChecked(password is not None)
        self._show_problem(None)
        (self.connect_button if password is not None else self.password).setFocus()
        return password is not None

    def _host_edited(self) -> None:
        """A whole address pasted (or typed) into the server field fills every field from it
        when the KAM leaves the field."""
        text = self.host.text()
        if not is_database_url(text.strip()):
            return
        try:
            address = ServerAddress.from_url(text.strip())
        except PortfolioError:
            return
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user or self.user.text())

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _missing(self, address: ServerAddress) -> tuple[str, QWidget] | None:
        """What must be filled in or corrected before connecting, and where."""
        if not address.host:
            return self.tr("Fill in the server's name or address."), self.host
        if NOT_IN_HOST & set(address.host):
            return (
                self.tr("“%1” is not a server name or address.").replace("%1", address.host),
                self.host,
            )
        if not address.database:
            return self.tr("Fill in the database's name."), self.database
        if not address.user:
            return self.tr("Fill in your user name."), self.user
        return None

    # -- connecting --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.attempt is not None

    def start_connecting(self) -> None:
        if self.busy:
            return
        address = self.address()
        missing = self._missing(address)
        if missing is not None:
            self._show_problem(missing[0], self.tr("Nothing was sent to any server."))
            missing[1].setFocus()
            return
        password, require_tls = self.password.text(), self.require_tls.isChecked()

        def work(progress: Progress):
            portfolio = connect(address, password, require_tls=require_tls)
            try:
                encrypted = is_encrypted(portfolio)
                progress.report(1, 1)  # raises Cancelled when the KAM cancelled meanwhile
            except BaseException:
                portfolio.close()
                raise
            return portfolio, encrypted

        title = self.tr("Connecting to %1…").replace("%1", address.label)
        task = BackgroundTask(self, title, work)
        task.done.connect(lambda result: self._finished(task, result, address, password))
        task.error.connect(lambda error, _details: self._failed(task, error, address, password))
        task.cancelled.connect(lambda: self._given_up(task))
        # The progress dialog also says "canceled" when it closes after the work is done: only
        # a cancel still standing once the result had its chance to arrive is the KAM's.
        task.dialog.canceled.connect(
            lambda: QTimer.singleShot(0, lambda: self.cancel_connecting(task))
        )
        self.attempt = task
        self._show_problem(None)
        self._say(title)
        self._set_busy(True)
        task.start()

    def cancel_connecting(self, task: BackgroundTask | None = None) -> None:
        """Stops waiting for the connection: the fields are free again at once. The driver
        gives up on its own (10 s at most); a portfolio it opens meanwhile is closed."""
        task = task or self.attempt
        if task is None or task is not self.attempt:
            return
        self.attempt = None
        self.abandoned.add(task)
        task.cancel()
        task.dialog.reset()  # also stops the timer that would show it after 400 ms
        task.dialog.hide()
        self._say(self.tr("Connecting was cancelled."))
        self._set_busy(False)

    def _given_up(self, task: BackgroundTask) -> None:
        """The work stopped after a cancel (the dialog was freed when Cancel was pressed)."""
        self.abandoned.discard(task)

    def _failed(self, task, error: BaseException, address: ServerAddress, password: str) -> None:
        self.abandoned.discard(task)
        if task is not self.attempt:
            return  # cancelled meanwhile: the KAM no longer waits for this answer
        self.attempt = None
        self._set_busy(False)
        self._say("")
        headline, advice = explain_connect_error(error, address, bool(password))
        self._show_problem(headline, advice)
        focus = {
            ServerUnreachable: self.host,
            ServerLoginRefused: self.password,
            ServerDatabaseMissing: self.database,
            NotAPortfolio: self.database,
            ServerOffersNoEncryption: self.require_tls,
        }
        field = next((w for kind, w in focus.items() if isinstance(error, kind)), None)
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def _finished(self, task, result, address: ServerAddress, password: str) -> None:
        portfolio, encrypted = result
        self.abandoned.discard(task)
        if task is not self.attempt:
            portfolio.close()  # connected after the KAM cancelled: not wanted any more
            return
        self.attempt = None
        self._set_busy(False)
        self._say("")
        require_tls = self.require_tls.isChecked()
        remember_server(address, require_tls)
        self._fill_recent()
        unsaved = self._keep_password(address, password)
        self.portfolio, self.encrypted = portfolio, encrypted
        self.accept()
        self.connected.emit(portfolio, encrypted)
        if unsaved:
            show_message(
                self.parentWidget(),
                self.tr("Connected, but the password could not be remembered."),
                self.tr("KAMdesk will ask for it next time. The keychain said: %1").replace(
                    "%1", unsaved
                ),
            )

    def _keep_password(self, address: ServerAddress, password: str) -> str | None:
        """Remembers or forgets the password that just worked, as the KAM chose; returns why
        it could not be remembered (None: done)."""
        if not (self.remember.isChecked() and password):
            if address == self.saved_for:
                forget_password(address)
                self.saved_for = None
            return None
        try:
            save_password(address, password)
        except KeychainUnavailable as problem:
            return str(problem)
        self.saved_for = address
        return None

    # -- state -------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.recent,
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.require_tls,
        ):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and self.has_keychain)
        self.connect_button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        """The line under the fields: what is going on ("Connecting to …")."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_problem(self, headline: str | None, advice: str = "") -> None:
        self.problem_headline.setText(headline or "")
        self.problem_advice.setText(advice)
        self.problem_advice.setVisible(bool(advice))
        self.problem.setVisible(bool(headline))
        if headline:
            self._say("")

    def reject(self) -> None:
        """Cancel stops a connection being made; otherwise it closes the dialog."""
        if self.busy:
            self.cancel_connecting()
            return
        super().reject()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.busy:
            self._fill_recent()
            first_empty = next(
                (w for w in (self.host, self.database, self.user, self.password) if not w.text()),
                self.connect_button,
            )
            first_empty.setFocus()


# -- the status bar's note on the connection -----------------------------------------------------


def lock_pixmap(color: QColor, closed: bool, size: int = 16) -> QPixmap:
    """A padlock, closed (encrypted) or with its shackle lifted (not encrypted), drawn at twice
    the size so that it stays sharp on high-density screens."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)  # laid out on a 16-point square
    lift = 0 if closed else 2.5
    shackle = QPainterPath()
    shackle.moveTo(4.5, 8)
    shackle.lineTo(4.5, 5.5 - lift)
    shackle.arcTo(QRectF(4.5, 2.5 - lift, 7, 6), 180, -180)
    shackle.lineTo(11.5, 8 if closed else 5.5 - lift + 1)
    painter.setPen(QPen(color, 1.8))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7.5), 1.5, 1.5)
    painter.end()
    return pixmap


class ConnectionStatus(QWidget):
    """A lock and "Encrypted connection", or an open lock and "Not encrypted" in red."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        self.role = QLabel()
        self.role.setObjectName("teamRole")
        self.icon = QLabel()
        self.text = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(4)
        row.addWidget(self.role)
        row.addSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.text)
        self.encrypted = False

    def show_member(self, member) -> None:
        """Who the user is on the server and what their role lets them do (a team member), or
        nothing (the database's owner, who is no member)."""
        self.role.setVisible(member is not None)
        if member is None:
            return
        self.role.setText(f"{member.display_name or member.login} · {role_name(member.role)}")
        self.role.setToolTip(role_allows(member))

    def show_encrypted(self, encrypted: bool) -> None:
        self.encrypted = encrypted
        if encrypted:
            color = self.palette().windowText().color()
            self.text.setText(self.tr("Encrypted connection"))
            self.setToolTip(self.tr("What travels between KAMdesk and the server is encrypted."))
        else:
            color = ERROR_TEXT
            self.text.setText(self.tr("Not encrypted"))
            self.setToolTip(
                self.tr(
                    "The server offers no encryption: on a network you do not trust (public "
                    "Wi-Fi) others could read what travels. Ask whoever runs the server to turn "
                    "encryption (TLS) on."
                )
            )
        self.text.setStyleSheet("" if encrypted else f"color: {ERROR_TEXT.name()};")
        self.icon.setPixmap(lock_pixmap(color, closed=encrypted))
        self.show()
