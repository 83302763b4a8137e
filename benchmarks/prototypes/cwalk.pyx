# cython: language_level=3
"""A measuring prototype, not part of the package: the floor of a compiled walk over the tree shuddh's fast
extractor parses (``shuddh.extract._fast.parse``). It visits every node of the libxml2 tree under an lxml element
in document order through lxml's public C API, reading what the Python walk reads of each element (its tag, its
class attribute decoded to str) and making a bytes object of each text node's content. No decision is taken: this
is what reading the tree costs when the loop is C. Built and timed by ``benchmarks/bench_walk_floor.py``."""

from libc.string cimport strcmp
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element, import_lxml__etree
from lxml.includes.tree cimport xmlAttr, xmlNode

import_lxml__etree()


def visit(_Element root):
    """(elements, text bytes, class attributes) under ``root``, every node visited once."""
    cdef xmlNode* c = root._c_node
    cdef xmlNode* start = c
    cdef xmlAttr* a
    cdef long n = 0, chars = 0, classes = 0
    cdef str cls
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE:
            n += 1
            a = c.properties
            while a is not NULL:
                if strcmp(<const char*>a.name, b"class") == 0 and a.children is not NULL \
                        and a.children.content is not NULL:
                    classes += 1
                    cls = (<char*>a.children.content).decode("utf-8")
                a = a.next
        elif c.type == tree.XML_TEXT_NODE and c.content is not NULL:
            chars += len(<bytes>(<char*>c.content))
        if c.type == tree.XML_ELEMENT_NODE and c.children is not NULL:
            c = c.children
            continue
        while c is not NULL and c is not start and c.next is NULL:
            c = c.parent
        if c is NULL or c is start:
            break
        c = c.next
    return n, chars, classes
