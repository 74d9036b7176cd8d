from .channels import ENV_NAME, Channel, MissingSecret, Network
from .deliveries import OPEN, PUBLISH, WAITING, Delivery, Status
from .preferences import PostingPreference

__all__ = [
    "Channel",
    "ENV_NAME",
    "Delivery",
    "MissingSecret",
    "Network",
    "OPEN",
    "PostingPreference",
    "PUBLISH",
    "Status",
    "WAITING",
]
