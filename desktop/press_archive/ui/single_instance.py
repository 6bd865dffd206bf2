"""One window per archive: a second launch hands the files it was given to the window already open.

Opening a saved page or a web archive from the file manager starts `press-archive open FILE…`; when
a window has that archive open, the new process sends it the paths over a local socket (named after
the user and the archive, so two archives open in two windows each get their own) and exits, and
the running window imports them. A socket left by a window that crashed is removed and taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000


def server_name(archive: Path) -> str:
    """The socket's name for this user and this archive file, however the file was named."""
    key = f"{getpass.getuser()}\0{archive.resolve()}"
    return "press-archive-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def hand_over(archive: Path, files: list[Path]) -> bool:
    """Send `files` to a window that has `archive` open; False when there is none to take them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(archive))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps([str(path.resolve()) for path in files]).encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same archive; `files_received` carries what they were given
    (an empty list: a launch with no files, which wants the window shown)."""

    files_received = Signal(list)

    def __init__(self, archive: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(archive)
        if not self._server.listen(name):  # a crashed window's socket: no one answered on it
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @Slot()
    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.disconnected.connect(lambda socket=socket: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        socket.deleteLater()
        try:
            paths = json.loads(data.decode("utf-8")) if data.strip() else []
        except (UnicodeDecodeError, json.JSONDecodeError):
            return  # not a launch of ours: nothing to do
        if isinstance(paths, list):
            self.files_received.emit([Path(path) for path in paths if isinstance(path, str)])
