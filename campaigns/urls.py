from django.urls import path

from . import views

app_name = "campaigns"
urlpatterns = [
    path(views.DIRECTORY_PATH, views.directory, name="directory"),
    path("calendar/sessions.ics", views.calendar_all, name="calendar"),
    path("calendar/audience/<slug:slug>.ics", views.calendar_audience, name="calendar_audience"),
    path("calendar/district/<slug:slug>.ics", views.calendar_district, name="calendar_district"),
]
