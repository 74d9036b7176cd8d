def test_home_and_advisory_render(client, advisory):
    assert client.get("/").status_code == 200
    response = client.get(advisory.url)
    assert response.status_code == 200
    assert b"Fake KYC update SMS" in response.content
    assert b'Call <a href="tel:1930">1930</a> at once.' in response.content
