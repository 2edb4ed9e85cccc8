"""age v1 encryption (https://age-encryption.org/v1, C2SP) with X25519 recipients.

Streaming in both directions with bounded memory: the payload is the STREAM construction over
ChaCha20-Poly1305 in 64 KiB chunks. Built only on `cryptography` primitives (X25519,
HKDF-SHA256, HMAC-SHA256, ChaCha20-Poly1305); checked against the C2SP/CCTV age test vectors and
the `age` command-line tool. Only X25519 recipients are supported: other stanza types (scrypt,
post-quantum hybrids, plugins) are skipped on reading, as age itself does for unknown stanzas.

Errors are AgeError subclasses with a one-line message fit for a user; the reader raises
PayloadError at the point a tampered or truncated chunk is met, after releasing only plaintext
that was already authenticated.
"""

from __future__ import annotations

import base64
import hmac
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.errors import DeskError

__all__ = [
    "CHUNK_SIZE",
    "AgeError",
    "AgeSource",
    "AgeReader",
    "AgeWriter",
    "HeaderError",
    "HeaderMacError",
    "NoIdentityMatch",
    "PayloadError",
    "bech32_decode",
    "bech32_encode",
    "decrypt_stream",
    "encrypt_stream",
    "generate_identity",
    "parse_identity",
    "parse_recipient",
    "recipient_from_identity",
]

_VERSION_LINE = b"age-encryption.org/v1"
_X25519_LABEL = b"age-encryption.org/v1/X25519"
_RECIPIENT_HRP = "age"
_IDENTITY_HRP = "AGE-SECRET-KEY-"
_FILE_KEY_SIZE = 16
_NONCE_SIZE = 16
_MAC_SIZE = 32
_TAG_SIZE = 16
CHUNK_SIZE = 64 * 1024
_ENC_CHUNK_SIZE = CHUNK_SIZE + _TAG_SIZE
_COLUMNS = 64
# Bounds on what the header parser will buffer, so a hostile file cannot exhaust memory; far
# above any real header (a post-quantum stanza line is about 1.5 KB).
_MAX_LINE = 64 * 1024
_MAX_HEADER = 1024 * 1024
# encrypt_stream/decrypt_stream move data in blocks of this size (a multiple of CHUNK_SIZE).
_IO_BLOCK = 16 * CHUNK_SIZE
# The reader takes this many encrypted chunks from its source in one read: a read (and a hash
# of it, in a hashing source) per MiB instead of per chunk, each a release of the GIL fewer.
_READ_CHUNKS = 16

_ARG_RE = re.compile(rb"[\x21-\x7e]+")
_B64_RE = re.compile(rb"[A-Za-z0-9+/]*")


class AgeSource(Protocol):
    """What the reader takes its file from: a binary file, or a wrapper of one."""

    def read(self, size: int = -1, /) -> bytes: ...
    def readline(self, size: int = -1, /) -> bytes: ...
    def readinto(self, buffer: memoryview, /) -> int | None: ...


class AgeError(DeskError):
    """Base of every age error; the message is one line, fit to show to a user (a template,
    translated by the GUI like every other error's)."""


class NoIdentityMatch(AgeError):
    """None of the given identities can open the file ("no match")."""


class HeaderError(AgeError):
    """Malformed header, unsupported version or invalid recipient stanza."""


class HeaderMacError(AgeError):
    """The header MAC does not verify: the header was modified ("HMAC failure")."""


class PayloadError(AgeError):
    """The encrypted payload is modified, truncated or followed by trailing data."""


# --- Bech32 (BIP-173), without its 90-character limit, as age requires -----------------------

_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _bech32_polymod(values: Sequence[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ value
        for i, gen in enumerate(_BECH32_GEN):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def _bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Sequence[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        raise AgeError("invalid Bech32 padding")
    return out


def bech32_encode(hrp: str, data5: Sequence[int]) -> str:
    """Encode 5-bit groups under `hrp` (lower case); age upper-cases identities itself."""
    values = _bech32_hrp_expand(hrp) + list(data5)
    polymod = _bech32_polymod([*values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32_CHARSET[d] for d in [*data5, *checksum])


def bech32_decode(s: str) -> tuple[str, list[int]]:
    """Decode a Bech32 string into (hrp as written, 5-bit groups); raise AgeError if invalid."""
    if s.lower() != s and s.upper() != s:
        raise AgeError("invalid Bech32 string: mixed case")
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        raise AgeError("invalid Bech32 string: misplaced separator")
    hrp = s[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise AgeError("invalid Bech32 string: bad character in prefix")
    data5 = [_BECH32_CHARSET.find(c) for c in s[pos + 1 :].lower()]
    if -1 in data5:
        raise AgeError("invalid Bech32 string: bad character")
    if _bech32_polymod(_bech32_hrp_expand(hrp.lower()) + data5) != 1:
        raise AgeError("invalid Bech32 string: bad checksum (mistyped key?)")
    return hrp, data5[:-6]


def _decode_key(s: str, hrp: str, what: str) -> bytes:
    try:
        got_hrp, data5 = bech32_decode(s)
        key = bytes(_convert_bits(data5, 5, 8, pad=False))
    except AgeError as exc:
        raise AgeError("invalid {what}: {exc}", what=what, exc=exc) from None
    if got_hrp != hrp or len(key) != 32:
        raise AgeError("invalid {what}: expected a key starting with {hrp}1", what=what, hrp=hrp)
    return key


def _encode_key(key: bytes, hrp: str) -> str:
    return bech32_encode(hrp.lower(), _convert_bits(key, 8, 5, pad=True))


# --- Keys -----------------------------------------------------------------------------------


def parse_recipient(s: str) -> bytes:
    """Return the 32-byte X25519 public key of an "age1..." recipient."""
    return _decode_key(s, _RECIPIENT_HRP, "age recipient")


def parse_identity(s: str) -> bytes:
    """Return the 32-byte X25519 secret key of an "AGE-SECRET-KEY-1..." identity."""
    return _decode_key(s, _IDENTITY_HRP, "age identity")


def _public_key(secret: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(secret).public_key().public_bytes_raw()


def recipient_from_identity(identity: str) -> str:
    """Return the "age1..." recipient of an identity."""
    return _encode_key(_public_key(parse_identity(identity)), _RECIPIENT_HRP)


def generate_identity() -> tuple[str, str]:
    """Return a new (secret "AGE-SECRET-KEY-1...", recipient "age1...") pair."""
    secret = X25519PrivateKey.generate().private_bytes_raw()
    identity = _encode_key(secret, _IDENTITY_HRP).upper()
    return identity, _encode_key(_public_key(secret), _RECIPIENT_HRP)


# --- Header ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stanza:
    type: bytes
    args: list[bytes]
    body: bytes


@dataclass(frozen=True)
class _Header:
    stanzas: list[_Stanza]
    mac_input: bytes  # the header up to and including "---"
    mac: bytes


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes) -> bytes:
    """Strict unpadded standard base64; non-canonical encodings are refused, as age does."""
    if not _B64_RE.fullmatch(text) or len(text) % 4 == 1:
        raise HeaderError("malformed age header: invalid base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4))
    if _b64encode(data) != text:
        raise HeaderError("malformed age header: non-canonical base64")
    return data


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(_hkdf(file_key, b"", b"header"), mac_input, "sha256")


def _read_header(src: AgeSource) -> _Header:
    raw = bytearray()

    def next_line() -> bytes:
        line = src.readline(_MAX_LINE + 1)
        if not line.endswith(b"\n"):
            if not raw and not line:
                raise HeaderError("not an age file: it is empty")
            raise HeaderError("malformed age header: truncated or overlong line")
        raw.extend(line)
        if len(raw) > _MAX_HEADER:
            raise HeaderError("malformed age header: too large")
        return line[:-1]

    intro = next_line()
    if intro != _VERSION_LINE:
        if intro.startswith(b"age-encryption.org/"):
            raise HeaderError("unsupported age format version")
        if intro.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
            raise HeaderError("ASCII-armored age files are not supported")
        raise HeaderError("not an age file")

    stanzas: list[_Stanza] = []
    line = next_line()
    while line.startswith(b"-> "):
        args = line[3:].split(b" ")
        if not all(_ARG_RE.fullmatch(arg) for arg in args):
            raise HeaderError("malformed age header: invalid stanza arguments")
        body = bytearray()
        while True:  # body lines are full (64 columns) until a shorter, possibly empty, one
            body_line = next_line()
            if len(body_line) > _COLUMNS:
                raise HeaderError("malformed age header: stanza body line too long")
            body.extend(_b64decode(body_line))
            if len(body_line) < _COLUMNS:
                break
        stanzas.append(_Stanza(args[0], args[1:], bytes(body)))
        line = next_line()

    if not line.startswith(b"--- "):
        raise HeaderError("malformed age header: expected a stanza or the MAC line")
    mac = _b64decode(line[4:])
    if len(mac) != _MAC_SIZE:
        raise HeaderError("malformed age header: invalid MAC length")
    mac_input = bytes(raw[: len(raw) - len(line) - 1]) + b"---"
    return _Header(stanzas, mac_input, mac)


def _x25519_stanza(file_key: bytes, recipient: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrap_key = _hkdf(shared, share + recipient, _X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> X25519 " + _b64encode(share) + b"\n" + _b64encode(body) + b"\n"


class _X25519Identity:
    def __init__(self, identity: str) -> None:
        secret = parse_identity(identity)
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self._public = self._key.public_key().public_bytes_raw()

    def unwrap(self, stanza: _Stanza) -> bytes | None:
        """Return the file key, None if the stanza is not for us; HeaderError if malformed."""
        if stanza.type != b"X25519":
            return None
        if len(stanza.args) != 1:
            raise HeaderError("invalid X25519 stanza: wrong number of arguments")
        share = _b64decode(stanza.args[0])
        if len(share) != 32:
            raise HeaderError("invalid X25519 stanza: wrong share length")
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # the all-zero shared secret of a low-order point
            raise HeaderError("invalid X25519 stanza: low-order share") from None
        if len(stanza.body) != _FILE_KEY_SIZE + _TAG_SIZE:
            raise HeaderError("invalid X25519 stanza: wrong file key size")
        wrap_key = _hkdf(shared, share + self._public, _X25519_LABEL)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), stanza.body, None)
        except InvalidTag:
            return None


def _unwrap_file_key(header: _Header, identities: list[str]) -> bytes:
    if not identities:
        raise AgeError("no age identity given")
    keys = [_X25519Identity(identity) for identity in identities]
    if len(header.stanzas) > 1 and any(s.type == b"scrypt" for s in header.stanzas):
        raise HeaderError("malformed age header: an scrypt stanza must be the only one")
    # Same order as the reference implementation: each identity against every stanza in turn.
    for key in keys:
        for stanza in header.stanzas:
            file_key = key.unwrap(stanza)
            if file_key is not None:
                return file_key
    raise NoIdentityMatch("no match: this file is not encrypted to any of the given keys")


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _write_all(dst: BinaryIO, data: memoryview) -> None:
    # A raw (unbuffered) destination may accept fewer bytes than offered.
    while data:
        written = dst.write(data)
        data = data[written:]


# --- Writer ---------------------------------------------------------------------------------


class AgeWriter(io.RawIOBase):
    """Encrypt to `dst` as an age file for `recipients` ("age1..." strings).

    The header is written at once. close() writes the final chunk and does not close `dst`.
    Leaving a `with` block through an exception, or dropping the writer unclosed, abandons the
    file without a final chunk, so a reader refuses it instead of accepting a truncated payload.
    A `dst` that lends its buffer (``reserve(size)`` gives a writable view, ``commit(size)``
    takes it) gets each chunk encrypted straight into it, saving a copy of everything.
    """

    def __init__(self, dst: BinaryIO, recipients: list[str]) -> None:
        super().__init__()
        if not recipients:
            raise AgeError("no age recipient given")
        public_keys = [parse_recipient(r) for r in recipients]
        self._dst = dst
        file_key = os.urandom(_FILE_KEY_SIZE)
        header = b"".join(
            [_VERSION_LINE, b"\n", *(_x25519_stanza(file_key, pk) for pk in public_keys), b"---"]
        )
        nonce = os.urandom(_NONCE_SIZE)
        mac = _header_mac(file_key, header)
        _write_all(dst, memoryview(header + b" " + _b64encode(mac) + b"\n" + nonce))
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._counter = 0
        self._pending = bytearray(CHUNK_SIZE)  # plaintext not sealed yet
        self._filled = 0
        self._sealed = memoryview(bytearray(_ENC_CHUNK_SIZE))
        self._reserve = getattr(dst, "reserve", None)
        self._commit = getattr(dst, "commit", None)
        self._finished = False

    def writable(self) -> bool:
        return True

    def _seal(self, plaintext: memoryview | bytearray, last: bool) -> None:
        size = len(plaintext) + _TAG_SIZE
        out = self._sealed[:size] if self._reserve is None else self._reserve(size)
        self._aead.encrypt_into(_chunk_nonce(self._counter, last), plaintext, None, out)
        if self._commit is None:
            _write_all(self._dst, out)
        else:
            self._commit(size)
        self._counter += 1

    # RawIOBase.write may return None (a non-blocking stream); this one always writes it all.
    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed AgeWriter")
        data = memoryview(b).cast("B")
        size = len(data)
        pos = 0
        # A full chunk is sealed only once more data follows: the last chunk carries a flag.
        while pos < size:
            if self._filled == CHUNK_SIZE:
                self._seal(self._pending, last=False)
                self._filled = 0
            if self._filled == 0 and size - pos > CHUNK_SIZE:
                self._seal(data[pos : pos + CHUNK_SIZE], last=False)  # no copy for big writes
                pos += CHUNK_SIZE
                continue
            take = min(CHUNK_SIZE - self._filled, size - pos)
            self._pending[self._filled : self._filled + take] = data[pos : pos + take]
            self._filled += take
            pos += take
        return size

    def close(self) -> None:
        """Write the final chunk (once) and stop accepting data; `dst` stays open."""
        if not self.closed and not self._finished:
            self._finished = True
            self._seal(memoryview(self._pending)[: self._filled], last=True)
        super().close()

    def _abandon(self) -> None:
        self._finished = True
        super().close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._abandon()

    def __del__(self) -> None:
        # io.IOBase would close() here and so finalise a payload the caller never finished.
        if not getattr(self, "_finished", True):
            self._abandon()


# --- Reader ---------------------------------------------------------------------------------


class AgeReader(io.RawIOBase):
    """Decrypt an age file from `src` with `identities` ("AGE-SECRET-KEY-1..." strings).

    The header is parsed and its MAC checked here. read()/readinto() release only
    authenticated plaintext and raise PayloadError where tampering, truncation or trailing data
    is met; once raised, every later read raises it again. close() does not close `src`.
    """

    def __init__(self, src: AgeSource, identities: list[str]) -> None:
        super().__init__()
        header = _read_header(src)
        file_key = _unwrap_file_key(header, identities)
        if not hmac.compare_digest(_header_mac(file_key, header.mac_input), header.mac):
            raise HeaderMacError("HMAC failure: the age header was modified")
        nonce = src.read(_NONCE_SIZE)
        if len(nonce) != _NONCE_SIZE:
            raise HeaderError("malformed age file: truncated payload nonce")
        self._src = src
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._counter = 0
        self._last_seen = False  # the final chunk was authenticated; only EOF may follow
        self._eof = False
        self._error: PayloadError | None = None
        self._plain = bytearray(CHUNK_SIZE)
        self._plain_view = memoryview(self._plain)
        self._start = self._end = 0  # unread window of self._plain
        self._cipher = memoryview(bytearray(_READ_CHUNKS * _ENC_CHUNK_SIZE))
        self._cipher_start = self._cipher_end = 0  # unread window of self._cipher
        self._src_ended = False

    def readable(self) -> bool:
        return True

    def _refill(self) -> None:
        """Move the unread ciphertext (less than a chunk) to the front and fill up behind it;
        a pipe may return short reads before its end."""
        buffer = self._cipher
        left = self._cipher_end - self._cipher_start
        buffer[:left] = buffer[self._cipher_start : self._cipher_end]
        self._cipher_start, self._cipher_end = 0, left
        while self._cipher_end < len(buffer) and not self._src_ended:
            count = self._src.readinto(buffer[self._cipher_end :])
            if count:
                self._cipher_end += count
            else:
                self._src_ended = True

    def _read_ciphertext(self) -> memoryview:
        """The next encrypted chunk: whole, or shorter at the end of the file."""
        if self._cipher_end - self._cipher_start < _ENC_CHUNK_SIZE and not self._src_ended:
            self._refill()
        start = self._cipher_start
        self._cipher_start = min(start + _ENC_CHUNK_SIZE, self._cipher_end)
        return self._cipher[start : self._cipher_start]

    def _at_end_of_source(self) -> bool:
        if self._cipher_start < self._cipher_end:
            return False
        return self._src_ended or not self._src.read(1)

    def _open_chunk(self, out: memoryview) -> int:
        """Decrypt the next chunk into `out` (at least CHUNK_SIZE long); return its length.

        Return 0 at the authenticated end of the payload.
        """
        if self._error is not None:
            raise self._error
        if self._eof:
            return 0
        try:
            return self._open_chunk_unchecked(out)
        except PayloadError as exc:
            self._error = exc
            raise

    def _open_chunk_unchecked(self, out: memoryview) -> int:
        if self._last_seen:
            if not self._at_end_of_source():
                raise PayloadError("corrupted age file: trailing data after the end")
            self._eof = True
            return 0
        data = self._read_ciphertext()
        if not data:
            raise PayloadError("truncated age file: the final chunk is missing")
        size = len(data) - _TAG_SIZE
        if size < 0:
            raise PayloadError("truncated age file: incomplete chunk")
        short = len(data) < _ENC_CHUNK_SIZE
        if short and size == 0 and self._counter > 0:
            raise PayloadError("corrupted age file: empty final chunk")
        target = out[:size]
        # A full chunk may be the last one: try it as a middle chunk first, as age does.
        for last in (False, True) if not short else (True,):
            try:
                self._aead.decrypt_into(_chunk_nonce(self._counter, last), data, None, target)
            except InvalidTag:
                continue
            self._counter += 1
            self._last_seen = last
            return size
        target[:] = bytes(size)  # decrypt_into leaves unauthenticated plaintext behind
        raise PayloadError("corrupted age file: a payload chunk failed authentication")

    def _open_chunks(self, out: memoryview) -> int:
        """As many whole chunks as fit in ``out``. A chunk that fails after others were given
        ends the call early; the next call raises its error."""
        filled = 0
        while len(out) - filled >= CHUNK_SIZE:
            try:
                size = self._open_chunk(out[filled:])
            except PayloadError:
                if filled:
                    return filled
                raise
            filled += size
            if size < CHUNK_SIZE:
                break
        return filled

    # As write above: never None, this stream does not block.
    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("read from a closed AgeReader")
        out = memoryview(b).cast("B")
        if self._start == self._end:
            if len(out) >= CHUNK_SIZE:  # decrypt straight into the caller's buffer
                return self._open_chunks(out)
            self._start, self._end = 0, self._open_chunk(self._plain_view)
        take = min(len(out), self._end - self._start)
        out[:take] = self._plain_view[self._start : self._start + take]
        self._start += take
        return take

    def read(self, size: int | None = -1) -> bytes:
        """Return up to `size` bytes of plaintext (all that remains if negative or None)."""
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        return bytes(buffer[: self.readinto(buffer)]) if size else b""

    def readall(self) -> bytes:
        parts = []
        buffer = bytearray(CHUNK_SIZE)
        while n := self.readinto(buffer):
            parts.append(bytes(buffer[:n]))
        return b"".join(parts)


# --- Whole streams --------------------------------------------------------------------------


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: list[str],
    progress: Callable[[int], None] | None = None,
) -> None:
    """Encrypt all of `src` into `dst`; `progress` gets the plaintext byte count so far."""
    done = 0
    with AgeWriter(dst, recipients) as writer:
        while block := src.read(_IO_BLOCK):
            writer.write(block)
            done += len(block)
            if progress is not None:
                progress(done)


def decrypt_stream(
    src: AgeSource,
    dst: BinaryIO,
    identities: list[str],
    progress: Callable[[int], None] | None = None,
) -> None:
    """Decrypt `src` into `dst`; `progress` gets the plaintext byte count so far.

    On failure `dst` holds the plaintext authenticated before the bad chunk: the caller must
    discard it.
    """
    done = 0
    buffer = bytearray(_IO_BLOCK)
    view = memoryview(buffer)
    with AgeReader(src, identities) as reader:
        while True:
            filled = 0
            while filled < _IO_BLOCK and (n := reader.readinto(view[filled:])):
                filled += n
            if not filled:
                break
            _write_all(dst, view[:filled])
            done += filled
            if progress is not None:
                progress(done)
