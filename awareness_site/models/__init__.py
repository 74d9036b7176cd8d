from .images import CustomImage, CustomRendition
from .pages import HomePage
from .site_settings import HelpSettings
from .taxonomy import Audience, District, ThreatCategory
from .users import User

__all__ = [
    "Audience",
    "CustomImage",
    "CustomRendition",
    "District",
    "HelpSettings",
    "HomePage",
    "ThreatCategory",
    "User",
]
