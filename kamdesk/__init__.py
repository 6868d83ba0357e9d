"""KAMdesk: the key account manager's desktop."""

__version__ = "0.1.0"
APP_NAME = "KAMdesk"
ORG_NAME = "KAMdesk"
PORTFOLIO_SUFFIX = ".kamdesk"
