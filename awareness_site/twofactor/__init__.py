"""Optional time-based one-time-password (TOTP) login for the Wagtail admin.

django-otp does the cryptography and throttles wrong codes; this package adds
the step after Wagtail's password login: an admin user who has set up an
authenticator app must type its current code before any admin page opens.
ADMIN_TWO_FACTOR_REQUIRED makes every admin user set one up first.
"""
