"""``summarizer serve``: the JSON API and the editors' web page (FastAPI + uvicorn).

``engine`` is the one place that calls the pipeline, ``batching`` gathers concurrent requests
into one translator batch, ``app`` holds the routes, ``page.html`` is the web page.
"""
