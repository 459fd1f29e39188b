"""When two `same_as` URIs name the same thing.

The contract: two actors of different briefings that share a `same_as` URI
are the same actor. A URI's scheme and host are case-insensitive (RFC 3986),
and `http://` and `https://` name one entity where it is published under
both: Wikidata's own concept URIs are `http://www.wikidata.org/entity/Q7747`,
which its pages show as `https://`. Compared byte for byte, an author's
`HTTPS://WWW.WIKIDATA.ORG/entity/Q7747` and another's
`http://www.wikidata.org/entity/Q7747` linked no one (an audit). The path,
query and fragment are compared as written: they may be case-sensitive.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: The port each scheme takes when none is written.
_DEFAULT_PORTS = {"http": 80, "https": 443}


def same_as_key(uri: str) -> str:
    """`uri` as two `same_as` URIs are compared: equal keys, the same thing.

    `https://` and `http://` alike, the host in lower case, a default port
    (`:443`, `:80`) left out; the rest as written. A text that is not an
    http(s) URI (the checker refuses one) is its own key.
    """
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError:  # an unclosed IPv6 bracket, a port that is not a number
        return uri
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or parts.hostname is None:
        return uri
    host = parts.hostname  # lower case already
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host += f":{port}"
    user = parts.netloc.rpartition("@")[0]
    netloc = f"{user}@{host}" if user else host
    rest = uri[len(parts.scheme) + len("://") + len(parts.netloc) :]  # path, query, fragment
    return f"https://{netloc}{rest}"
