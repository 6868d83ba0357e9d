"""For a widget whose ``reload()`` reads the portfolio: a change while it is hidden (another
tab is shown) is read when it is shown again, so hidden views cost nothing on every edit."""

from __future__ import annotations


class ReadsWhenShown:
    """Mix in before the Qt widget class; ``reload()`` must set ``_stale = False``."""

    _stale = False  # the portfolio changed while the widget was hidden

    def _follow_portfolio(self, workspace) -> None:
        """Reads again after any write: pipeline edits, account edits and imports, settings."""
        for signal in (
            workspace.pipeline_changed,
            workspace.accounts_changed,
            workspace.settings_changed,
        ):
            signal.connect(self._portfolio_changed)

    def _portfolio_changed(self, *_args) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
