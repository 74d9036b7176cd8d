from ..feeds.models import CapAlert, FollowPage, OfficialAccount  # noqa: F401 (feeds' models)
from .indexes import AdvisoryIndexPage, GuidelineIndexPage
from .pages import AdvisoryPage, GuidelinePage, RelatedAdvisory

__all__ = [
    "AdvisoryIndexPage",
    "AdvisoryPage",
    "GuidelineIndexPage",
    "GuidelinePage",
    "RelatedAdvisory",
]
