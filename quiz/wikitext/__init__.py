"""Wikipedia's own format in: wikitext pages, XML dumps and the MediaWiki API.

``reader`` turns a page's wikitext into the same :class:`~quiz.article.Article` the seed reader
produces (``render``, ``templates`` and ``tables`` are its parts); ``dump`` streams the film
pages of an XML dump and ``dumpbuild`` builds them on every core; ``fetch`` gets a page from
the API. Which reader reads a file is decided in :mod:`quiz.article_input`.
"""
