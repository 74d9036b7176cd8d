"""Uploads: size and type limits, SVG refused, decompression bombs refused, safe serving."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection

from awareness_site.models import CustomImage
from tests.security_support import make_role_user

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def png(width=40, height=30, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client(client, django_user_model, home):
    client.force_login(make_role_user(django_user_model, "editor"))
    return client


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Screenshot",
            "alt_text": "Screenshot of a fake SMS",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Leaflet",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def file_error(response):
    return " ".join(response.context["form"].errors.get("file", []))


def test_a_normal_picture_is_accepted(editor_client):
    assert upload_image(editor_client, "sms.png", png()).status_code == 302
    assert CustomImage.objects.filter(title="Screenshot").exists()


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("logo.svg", SVG, "Not a supported image format"),
        ("logo.png", SVG, "The extension does not match the file format (svg)"),
        ("page.html", HTML, "Not a supported image format"),
    ],
    ids=["svg", "svg-renamed-png", "html"],
)
def test_svg_and_other_non_pictures_are_refused_with_a_reason(editor_client, name, content, reason):
    response = upload_image(editor_client, name, content)
    assert response.status_code == 200
    assert reason in file_error(response)
    assert not CustomImage.objects.exists()


def test_a_decompression_bomb_is_refused(editor_client):
    bomb = png(8000, 6000, mode="1")  # 48 million pixels in a few kilobytes
    assert len(bomb) < 100_000
    response = upload_image(editor_client, "bomb.png", bomb)
    assert "too many pixels" in file_error(response)
    assert not CustomImage.objects.exists()


def test_a_picture_over_the_size_limit_is_refused(editor_client, settings):
    too_big = png() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload_image(editor_client, "huge.png", too_big)
    assert "too big" in file_error(response)
    assert not CustomImage.objects.exists()


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("page.html", HTML, "File extension “html” is not allowed"),
        ("logo.svg", SVG, "File extension “svg” is not allowed"),
        ("leaflet.pdf", HTML, "is not really a .pdf file"),
        ("minutes.docx", PDF, "is not really a .docx file"),
        ("list.csv", b"\x00\x01binary", "is not really a .csv file"),
    ],
    ids=["html", "svg", "html-renamed-pdf", "pdf-renamed-docx", "binary-csv"],
)
def test_documents_that_are_not_what_they_say_are_refused(editor_client, name, content, reason):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    errors = " ".join(str(e) for e in response.context["form"].errors.values())
    assert reason in errors
    assert not get_document_model().objects.exists()


def test_bulk_upload_applies_the_same_checks(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("leaflet.pdf", HTML)},
    )
    assert response.json()["success"] is False
    assert "is not really a .pdf file" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_documents_are_served_with_safe_headers(editor_client, client):
    assert upload_document(editor_client, "leaflet.pdf", PDF).status_code == 302
    assert upload_document(editor_client, "sessions.csv", b"date,place\n").status_code == 302
    client.logout()
    documents = get_document_model().objects.order_by("pk")
    pdf, csv = (client.get(document.url) for document in documents)
    for response in (pdf, csv):
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].startswith("inline")
    assert csv["Content-Type"].startswith("text/csv")
    assert csv["Content-Disposition"].startswith("attachment")
