from django.urls import path

from . import views

app_name = "social"
urlpatterns = [
    path("share-cards/<int:page_id>.png", views.share_card, name="share_card"),
]
