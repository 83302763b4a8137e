from typing import Any

from shuddh.extract._fast import _Walked

def walk(root: Any) -> _Walked: ...
