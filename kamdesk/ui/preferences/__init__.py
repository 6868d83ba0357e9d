"""The Preferences dialog: general portfolio settings, ICP criteria and segmentation rules.

One module a tab (general_page, criteria_page with criteria_model, segmentation_page), what
the tabs share (settings_page) and the dialog that assembles them (dialog).
"""

from kamdesk.ui.preferences.dialog import PreferencesDialog

__all__ = ["PreferencesDialog"]
