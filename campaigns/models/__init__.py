from .directory import CellKind, CyberCell, Network, OfficialAccount, Unit
from .impact import ImpactFigures
from .indexes import AudienceIndexPage, CampaignIndexPage
from .pages import CampaignMaterial, CampaignPage, CampaignRelatedPage, CampaignStatus
from .service_pages import DirectoryPage, ImpactPage
from .sessions import OutreachSession, ReachUnit

__all__ = [
    "AudienceIndexPage",
    "CampaignIndexPage",
    "CampaignMaterial",
    "CampaignPage",
    "CampaignRelatedPage",
    "CampaignStatus",
    "CellKind",
    "CyberCell",
    "DirectoryPage",
    "ImpactFigures",
    "ImpactPage",
    "Network",
    "OfficialAccount",
    "OutreachSession",
    "ReachUnit",
    "Unit",
]
