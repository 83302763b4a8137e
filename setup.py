"""The compiled walk of the fast extractor (``src/shuddh/extract/_cwalk.pyx``), an optional extension: without a C
compiler (or Cython and lxml's headers, which ``pyproject.toml`` asks for the build) shuddh installs as pure Python
and runs the same walk in Python (``shuddh.extract._fast._py_walk``). Everything else is in ``pyproject.toml``."""

from setuptools import Extension, setup


def _extensions() -> list[Extension]:
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:  # (a build without the build requirements, e.g. --no-build-isolation)
        return []
    ext = Extension("shuddh.extract._cwalk", ["src/shuddh/extract/_cwalk.pyx"], include_dirs=lxml.get_include(),
                    optional=True)
    exts: list[Extension] = cythonize([ext], language_level=3, quiet=True)
    for built in exts:  # (cythonize makes new Extensions, without the flag)
        built.optional = True
    return exts


setup(ext_modules=_extensions())
