from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's own user model, chosen before the first migration."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
