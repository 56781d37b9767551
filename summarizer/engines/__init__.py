"""Engines that run the pipeline past one process. ``local`` (the default) needs none of this
package; ``ray`` (``summarizer.engines.ray_engine``) needs the optional extra
``pip install summarizer[ray]``."""
