# cython: language_level=3
"""The fast extractor's walk (:func:`shuddh.extract._fast._py_walk`) compiled: the same pass over the lxml tree,
branch for branch, returning the same 15-tuple, with the loop in C.

The Python walk is driven by ``etree.iterwalk``: an element proxy, an event tuple and several lxml method calls
per element. Here the libxml2 nodes under the root are visited in document order by a C loop, and what the
Python walk reads of an element is read through lxml's public C API (``lxml.includes.etreepublic``) or as lxml
reads it: ``.tag`` is ``namespacedName`` (decoded once per name: see ``_Walk.seen_name``), ``len(el)`` is
``hasChild`` (elements, comments, PIs, entity references: what ``len`` counts), ``el.get(name)`` is
``attributeValue`` on the attribute ``el.keys()`` names (no namespace; its one text node's content when it has
one, see :func:`_attr`) or ``attributeValueFromNsName``. ``.text`` and ``.tail`` (the run of text nodes lxml's
``_collectText`` joins) are not made into ``str``: their UTF-8 bytes are buffered and a block's text is cut into
words and decoded once (:meth:`_Walk.flush`; whitespace is ``str.isspace``'s, see :func:`_space`). An element
proxy is made (``elementFactory``: lxml's own, so the very object the Python walk gets) only where the Python walk
keeps one: the breadcrumb element, the last ``<a>`` (a headline's link), what ``_note_head`` reads, and a hidden
box whose descendants ``iterdescendants("p", "div")`` searches.

The walk visits what ``iterwalk`` yields: elements and entity references, not comments and processing
instructions (nor their tails). A tree holding an entity reference (never one ``_fast.parse`` makes: the HTML
parser substitutes them) is handed to the Python walk whole.

Every table, rule and helper is ``_fast``'s (read once, at import): this file ports only the loop. Equal results:
``tests/unit/perf_equivalence/test_cwalk.py`` (every wcxb-dev page, generated pages). Cost: see
``benchmarks/bench_walk_floor.py``.
"""

from cpython.mem cimport PyMem_Free, PyMem_Realloc
from libc.string cimport memcpy, strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (
    _Document,
    _Element,
    attributeValue,
    attributeValueFromNsName,
    elementFactory,
    hasChild,
    import_lxml__etree,
    namespacedName,
)
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

import_lxml__etree()

from collections import Counter

from importlib import import_module

# (imported by _fast at its end: the module in sys.modules, whole but for the walk it chooses)
_fast = import_module("shuddh.extract._fast")

# the tables and rules of the walk: _fast's, the flags as C ints
cdef dict _KINDS = _fast._KIND
cdef dict _MEMO = _fast._MEMO
cdef frozenset _CHROME_ROLES = _fast._CHROME_ROLES
cdef frozenset _STRONG_TAGS = _fast._STRONG_TAGS
cdef frozenset _CELLS = _fast._CELLS
cdef frozenset _LISTED = _fast._LISTED
cdef object _AUTHOR_PROP = _fast.AUTHOR_PROP
cdef object _string_names = _fast._string_names
cdef object _note_head = _fast._note_head
cdef object _hidden = _fast._hidden
cdef object _Block = _fast._Block
cdef object _data_cells = _fast._data_cells
cdef object _py_walk = _fast._py_walk
cdef object _sent_end = _fast._SENT_END.search
cdef double _MAX_LINK_DENSITY = _fast.MAX_LINK_DENSITY
cdef Py_ssize_t _TEASER_HEAD = _fast.TEASER_HEAD
cdef int K_SKIP = _fast._K_SKIP, K_HEAD = _fast._K_HEAD, K_BLOCK = _fast._K_BLOCK, K_CHROME = _fast._K_CHROME
cdef int K_ROOT = _fast._K_ROOT, K_A = _fast._K_A, K_H1 = _fast._K_H1, K_BR = _fast._K_BR
cdef int K_TIME = _fast._K_TIME, K_WRAP = _fast._K_WRAP, K_TABLE = _fast._K_TABLE
cdef int K_FIGCAPTION = _fast._K_FIGCAPTION, K_MORE = _fast._K_MORE, K_MARKED = _fast._K_MARKED
cdef int K_CONTENT = _fast._K_CONTENT, K_NOTE = _fast._K_NOTE, K_UNDO = _fast._K_UNDO
cdef int N_CHROME = _fast._N_CHROME, N_CRUMB = _fast._N_CRUMB, N_STRONG = _fast._N_STRONG
cdef int N_CONTENT = _fast._N_CONTENT, N_TALK = _fast._N_TALK, N_HIDDEN = _fast._N_HIDDEN


class _EntityRef(Exception):
    """The tree holds an entity reference: the Python walk takes it (see the module docstring)."""


cdef struct _Open:
    # an open element of the walk (the Python walk's ``opened`` entries): its element index, first block and kind
    # flags; ``walked`` 0 for a hidden box walked into (the Python walk's ``None``: only its tail counts)
    Py_ssize_t idx
    Py_ssize_t first
    int kind
    bint walked


cdef inline bint _walked_type(xmlNode* c) noexcept:
    """A node ``iterwalk`` yields: an element or an entity reference (comments and PIs are passed over)."""
    return c.type == tree.XML_ELEMENT_NODE or c.type == tree.XML_ENTITY_REF_NODE


cdef inline xmlNode* _first_child(xmlNode* c) noexcept:
    c = c.children
    while c is not NULL and not _walked_type(c):
        c = c.next
    return c


cdef inline xmlNode* _next_sibling(xmlNode* c) noexcept:
    c = c.next
    while c is not NULL and not _walked_type(c):
        c = c.next
    return c


cdef inline Py_ssize_t _space(const unsigned char* s, const unsigned char* end) noexcept:
    """The length in bytes of the UTF-8 character at ``s`` when Python's ``str.isspace`` (what ``str.split`` and
    ``str.strip`` cut at) says it is whitespace, else 0: tab, LF, VT, FF, CR, U+001C-U+001F, space, U+0085, U+00A0,
    U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (``tests/unit/perf_equivalence/test_cwalk.py``
    checks the list against every code point)."""
    cdef unsigned char b = s[0]
    if b == 32 or 9 <= b <= 13 or 28 <= b <= 31:
        return 1
    if b == 0xC2:
        return 2 if s + 1 < end and (s[1] == 0x85 or s[1] == 0xA0) else 0
    if b < 0xE1 or b > 0xE3 or s + 2 >= end:
        return 0
    if b == 0xE1:
        return 3 if s[1] == 0x9A and s[2] == 0x80 else 0
    if b == 0xE3:
        return 3 if s[1] == 0x80 and s[2] == 0x80 else 0
    if s[1] == 0x80:
        return 3 if 0x80 <= s[2] <= 0x8A or s[2] == 0xA8 or s[2] == 0xA9 or s[2] == 0xAF else 0
    return 3 if s[1] == 0x81 and s[2] == 0x9F else 0


cdef inline xmlNode* _text_node(xmlNode* c) noexcept:
    """``c`` or the first node after it that is text (``_textNodeOrSkip``: text and CDATA nodes, XInclude marks
    passed over), NULL at any other node: the run of text nodes lxml's ``.text`` (from the first child) and
    ``.tail`` (from the next sibling) join."""
    while c is not NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            return c
        if c.type != tree.XML_XINCLUDE_START and c.type != tree.XML_XINCLUDE_END:
            return NULL
        c = c.next
    return NULL


cdef inline str _attr(xmlNode* c, xmlAttr* a):
    """``el.get(name)`` of the attribute ``a`` that ``el.keys()`` names (``attributeValue``), without libxml2's
    copy of the common value, one text node: then ``xmlGetNsProp`` returns that node's content, which lxml
    decodes as here."""
    cdef xmlNode* t = a.children
    if t is not NULL and t.next is NULL and t.type == tree.XML_TEXT_NODE and t.content is not NULL:
        return (<const char*>t.content).decode("UTF-8")
    return attributeValue(c, a)


cdef bint _named_below(xmlNode* top) noexcept:
    """Is there a ``<p>`` or ``<div>`` below ``top`` by name? (A necessary condition of lxml's
    ``iterdescendants("p", "div")`` finding one, which then decides: most hidden boxes with children are
    ``<svg>`` icons, and this spares them a proxy and an iterator.)"""
    cdef xmlNode* c = top.children
    while c is not NULL and c is not top:
        if c.type == tree.XML_ELEMENT_NODE:
            if strcmp(<const char*>c.name, b"p") == 0 or strcmp(<const char*>c.name, b"div") == 0:
                return True
            if c.children is not NULL:
                c = c.children
                continue
        while c.next is NULL:
            c = c.parent
            if c is top:
                return False
        c = c.next
    return False


cdef class _Walk:
    """One walk's state: the Python walk's locals."""
    cdef _Document doc
    cdef list blocks, block_tags, tables, spans, span_kin, span_pos, wrapped, contents, captions
    cdef list o_cls, o_tag  # per open element (walked or not): its class and tag
    cdef dict chrome_els, cells, heads, head
    cdef set strong, navs, talk, caption_parents
    cdef object rows, crumb, h1
    cdef xmlNode* link  # the last <a> opened: its proxy is made when a headline keeps it (see flush)
    cdef tuple chrome
    cdef Py_ssize_t link_chars, depth, in_link, elem_index, n_open, cap_open
    cdef _Open* opened
    cdef unsigned char* buf  # the text of the block being read, UTF-8 (see add_text)
    cdef Py_ssize_t buf_len, buf_cap
    # the tag and kind of a name (libxml2's pointer to it: the names of a parsed tree are its dictionary's), a
    # direct-mapped cache: a tag is decoded and looked up once per name, not once per element
    cdef const_xmlChar* seen_name[256]
    cdef int seen_kind[256]
    cdef list seen_tag

    def __cinit__(self):
        self.opened = NULL
        self.link = NULL
        self.buf = NULL

    def __dealloc__(self):
        PyMem_Free(self.opened)
        PyMem_Free(self.buf)

    cdef int push(self, Py_ssize_t idx, Py_ssize_t first, int kind, bint walked, cls, tag) except -1:
        cdef _Open* grown
        if self.n_open == self.cap_open:
            self.cap_open = 2 * self.cap_open + 64
            grown = <_Open*>PyMem_Realloc(self.opened, self.cap_open * sizeof(_Open))
            if grown is NULL:
                raise MemoryError()
            self.opened = grown
        self.opened[self.n_open] = _Open(idx, first, kind, walked)
        self.n_open += 1
        self.o_cls.append(cls)
        self.o_tag.append(tag)
        return 0

    cdef int flush(self) except -1:
        """A block of the buffered text: ``" ".join(text.split())`` done on its UTF-8 bytes (in place: the words
        kept, one space between them), decoded once."""
        cdef unsigned char* b = self.buf
        cdef const unsigned char* end = b + self.buf_len
        cdef Py_ssize_t i = 0, k, out = 0, n, nb
        cdef bint gap = False
        cdef double w
        cdef str text
        while b + i < end:
            k = _space(b + i, end)
            if k:
                gap = out > 0
                i += k
            else:
                if gap:
                    b[out] = 32
                    out += 1
                    gap = False
                b[out] = b[i]
                out += 1
                i += 1
        self.buf_len = 0
        if out:
            text = (<char*>b)[:out].decode("UTF-8")
            n = len(text)
            w = 1.5 if _sent_end(text) else (0.3 if n < 25 else 1.0)
            nb = len(self.blocks)
            if self.link_chars and n >= _TEASER_HEAD and self.link_chars > _MAX_LINK_DENSITY * n:
                self.heads[nb] = None if self.link is NULL else elementFactory(self.doc, self.link)
            if self.tables and self.block_tags[-1] in _CELLS:
                self.cells[nb] = self.tables[-1]
            self.blocks.append(_Block(text, self.link_chars if self.link_chars < n else n, self.block_tags[-1],
                                      self.chrome, w))
        self.link_chars = 0
        return 0

    cdef int add_text(self, xmlNode* c, bint tail, bint linked) except -1:
        """Element ``c``'s text or tail (the text nodes lxml's ``.text`` / ``.tail`` join), buffered as UTF-8 bytes
        unless it is empty, or whitespace before a block's first text (the Python walk's ``text and (buf or not
        text.isspace())``); when ``linked``, its characters but the outer whitespace (``len(text.strip())``) are
        link characters. No ``str`` is made of it: the block's text is decoded once (:meth:`flush`)."""
        cdef xmlNode* t
        cdef xmlNode* first = _text_node(c.next if tail else c.children)
        cdef const unsigned char* s
        cdef const unsigned char* end
        cdef Py_ssize_t size = 0, k, inner = 0, pending = 0, need
        cdef bint words = False
        cdef unsigned char* grown
        t = first
        while t is not NULL:  # its size, whether it holds more than whitespace and its stripped length
            s = t.content
            if s is not NULL:
                end = s + strlen(<const char*>s)
                size += end - s
                while s < end:
                    k = _space(s, end)
                    if k:
                        pending += 1
                        s += k
                    else:
                        if s[0] & 0xC0 != 0x80:  # a character starts (not a continuation byte)
                            if words:
                                inner += pending
                            inner += 1
                            pending = 0
                            words = True
                        s += 1
            t = _text_node(t.next)
        if not size or (not self.buf_len and not words):
            return 0
        need = self.buf_len + size
        if need > self.buf_cap:
            self.buf_cap = 2 * need + 256
            grown = <unsigned char*>PyMem_Realloc(self.buf, self.buf_cap)
            if grown is NULL:
                raise MemoryError()
            self.buf = grown
        t = first
        while t is not NULL:
            if t.content is not NULL:
                k = strlen(<const char*>t.content)
                memcpy(self.buf + self.buf_len, t.content, k)
                self.buf_len += k
            t = _text_node(t.next)
        if linked:
            self.link_chars += inner
        return 0

    cdef bint start(self, xmlNode* c) except -1:
        """The start event of element ``c``; True when its children are to be walked (it is open), else it is
        handled whole, its tail included."""
        cdef xmlAttr* a
        cdef xmlAttr* a_class = NULL
        cdef xmlAttr* a_id = NULL
        cdef xmlAttr* a_style = NULL
        cdef xmlAttr* a_role = NULL
        cdef xmlAttr* a_itemprop = NULL
        cdef int kind, cnames, names
        cdef size_t h
        cdef bint marked, keys
        cdef const char* name
        cdef object cls = None, v
        cdef str tag, text, style, ident, role
        if c.type != tree.XML_ELEMENT_NODE:  # an entity reference (see the module docstring)
            raise _EntityRef()
        if c.ns is NULL:
            h = (<size_t>c.name >> 4) & 255
            if self.seen_name[h] == c.name:
                tag = self.seen_tag[h]
                kind = self.seen_kind[h]
            else:
                tag = namespacedName(c)
                kind = _KINDS.get(tag, 0)
                self.seen_name[h] = c.name
                self.seen_kind[h] = kind
                self.seen_tag[h] = tag
        else:
            tag = namespacedName(c)
            kind = _KINDS.get(tag, 0)
        if kind & K_SKIP and tag == "button" and c.parent is not NULL and c.parent.type == tree.XML_ELEMENT_NODE \
                and namespacedName(c.parent) in _fast._HEADINGS:
            kind = 0  # (an accordion's question: see _fast._heading_button)
        # the element's attribute names (``el.keys()``: no namespace), once
        a = c.properties
        keys = a is not NULL
        while a is not NULL:
            if a.ns is NULL:
                name = <const char*>a.name
                if a_class is NULL and strcmp(name, b"class") == 0:
                    a_class = a
                elif a_id is NULL and strcmp(name, b"id") == 0:
                    a_id = a
                elif a_style is NULL and strcmp(name, b"style") == 0:
                    a_style = a
                elif a_role is NULL and strcmp(name, b"role") == 0:
                    a_role = a
                elif a_itemprop is NULL and strcmp(name, b"itemprop") == 0:
                    a_itemprop = a
            a = a.next
        if kind & K_SKIP:
            cnames = N_HIDDEN
        elif a_class is not NULL:
            cls = _attr(c, a_class)
            cnames = _MEMO.get(cls, -1)
            if cnames < 0:
                cnames = _string_names(cls)
        else:
            cnames = 0
        if cnames & N_HIDDEN or (a_style is not NULL and (style := _attr(c, a_style))
                                 and "none" in style and _hidden(style)):
            if kind & K_HEAD:
                _note_head(tag, elementFactory(self.doc, c), self.head)
            if hasChild(c) and _named_below(c) and next(
                    elementFactory(self.doc, c).iterdescendants("p", "div"), None) is not None:
                self.push(-1, 0, 0, False, None, None)
                return True
            self.add_text(c, True, self.in_link != 0)
            return False
        if kind & K_BLOCK:
            if self.buf_len:
                self.flush()
            self.block_tags.append(tag)
        elif not hasChild(c):
            # an inline element without children: see the Python walk
            self.elem_index += 1
            if keys and self.crumb is None and (
                    cnames & N_CRUMB
                    or (a_id is not NULL and "breadcrumb" in _attr(c, a_id).lower())):
                self.crumb = elementFactory(self.doc, c)
            if kind:
                if kind & K_TIME and "time" not in self.head and attributeValueFromNsName(
                        c, NULL, <const_xmlChar*>b"datetime"):
                    self.head["time"] = [attributeValueFromNsName(c, NULL, <const_xmlChar*>b"datetime")]
                if kind & K_A:
                    self.link = c
            self.add_text(c, False, self.in_link != 0 or kind & K_A != 0)
            self.add_text(c, True, self.in_link != 0)
            return False
        self.elem_index += 1
        self.depth += 1
        marked = False
        if keys:
            names = cnames
            if a_id is not NULL:
                ident = _attr(c, a_id)
                if ident:
                    v = _MEMO.get(ident)
                    if v is None:
                        v = _string_names(ident)
                    names |= <int>v
            if names:
                if names & N_CONTENT:
                    names &= N_CRUMB
                    kind |= K_CONTENT
                if names & N_CRUMB and self.crumb is None:
                    self.crumb = elementFactory(self.doc, c)
                marked = names & N_CHROME != 0 and not kind & K_ROOT
                if marked and names & N_STRONG:
                    self.strong.add(self.elem_index)
                if marked and names & N_TALK:
                    self.talk.add(self.elem_index)
        if kind & K_MORE:
            if kind & K_CHROME:
                marked = True
                if tag in _STRONG_TAGS:
                    self.strong.add(self.elem_index)
                    if tag == "nav":
                        self.navs.add(self.elem_index)
            if kind & K_TIME and "time" not in self.head and attributeValueFromNsName(
                    c, NULL, <const_xmlChar*>b"datetime"):
                self.head["time"] = [attributeValueFromNsName(c, NULL, <const_xmlChar*>b"datetime")]
            if kind & K_A:
                self.in_link += 1
                self.link = c
        if not marked and keys and not kind & K_ROOT:
            if a_role is not NULL:
                role = _attr(c, a_role)
                if role:
                    marked = role.lower() in _CHROME_ROLES
                    if marked and role.lower() == "navigation":
                        self.strong.add(self.elem_index)
            # a block that schema.org microdata calls the author is chrome (see AUTHOR_PROP)
            if not marked and kind & K_BLOCK and a_itemprop is not NULL and attributeValue(
                    c, a_itemprop) == _AUTHOR_PROP:
                marked = True
        if marked:
            self.chrome = (*self.chrome, self.elem_index)
            kind |= K_MARKED
        self.push(self.elem_index, len(self.blocks), kind, True, cls, tag)
        if kind & K_TABLE and tag == "table":
            self.tables.append(self.elem_index)
        # whitespace before a block's first text adds nothing: not buffered
        self.add_text(c, False, self.in_link != 0)
        if kind & K_BR and self.buf_len:
            self.flush()
        return True

    cdef int end(self, xmlNode* c) except -1:
        """The end event of open element ``c``."""
        cdef _Open op
        cdef Py_ssize_t nb, par, idx, first
        cdef int kind
        cdef object cls, tag
        self.n_open -= 1
        op = self.opened[self.n_open]
        cls = self.o_cls.pop()
        tag = self.o_tag.pop()
        if op.walked:
            idx, first, kind = op.idx, op.first, op.kind
            if kind & K_BLOCK:
                if self.buf_len:
                    self.flush()
                self.block_tags.pop()
                if kind & K_TABLE:
                    if tag == "table":
                        self.tables.pop()
                    elif self.tables and len(self.blocks) > first:  # (a row with text: not a spacer)
                        self.rows[self.tables[-1]] += 1
            nb = len(self.blocks)
            if nb > first:  # elements without text cannot be the main element
                self.spans.append((first, nb, self.depth))
                self.span_kin.append(cls)
                par = self.opened[self.n_open - 1].idx if self.n_open else -1  # (-1 for a hidden box too)
                self.span_pos.append((par, tag))
                if kind & K_NOTE:
                    if kind & K_H1 and self.h1 is None:
                        self.h1 = self.blocks[first].text
                    if kind & K_WRAP:
                        self.wrapped.append(len(self.spans) - 1)
                    if kind & K_CONTENT:
                        self.contents.append((first, nb))
                if kind & K_FIGCAPTION:  # (an image's caption: see _LISTED)
                    self.captions.append((first, nb, par))
                    self.caption_parents.add(par)
                elif self.captions and idx in self.caption_parents and any(
                        self.blocks[i].tag in _LISTED for i in range(first, nb)):
                    # the caption of a code listing or a table: it names the figure's data
                    self.captions = [cap for cap in self.captions if cap[2] != idx]
            if kind & K_UNDO:
                if kind & K_A:
                    self.in_link -= 1
                if kind & K_MARKED:
                    self.chrome_els[idx] = (first, nb, self.depth)
                    self.chrome = self.chrome[:-1]
            self.depth -= 1
        self.add_text(c, True, self.in_link != 0)
        return 0

    cdef tuple run(self, _Element root):
        cdef xmlNode* top = root._c_node
        cdef xmlNode* c = top
        cdef xmlNode* nxt
        self.doc = root._doc
        self.blocks, self.block_tags, self.tables = [], ["body"], []
        self.spans, self.span_kin, self.span_pos = [], [], []
        self.wrapped, self.contents, self.captions, self.o_cls, self.o_tag = [], [], [], [], []
        self.chrome_els, self.cells, self.heads, self.head = {}, {}, {}, {}
        self.strong, self.navs, self.talk, self.caption_parents = set(), set(), set(), set()
        self.rows = Counter()
        self.chrome = ()
        self.seen_tag = [None] * 256
        while True:
            # c opens; an open element's children are walked, then it ends
            if self.start(c):
                nxt = _first_child(c)
                if nxt is not NULL:
                    c = nxt
                    continue
                self.end(c)
            # then the next node: a sibling, or the end of the parents that have no more children
            if c is top:
                break
            nxt = _next_sibling(c)
            while nxt is NULL:
                c = c.parent
                self.end(c)
                if c is top:
                    break
                nxt = _next_sibling(c)
            if nxt is NULL:
                break
            c = nxt
        if self.buf_len:
            self.flush()
        if self.cells:
            for i in _data_cells(self.blocks, self.cells, self.rows):
                self.blocks[i].links = 0
        return (self.blocks, self.spans, self.chrome_els, self.strong, self.navs, self.h1, self.crumb, self.head,
                self.span_kin, self.heads, self.span_pos, self.talk, self.wrapped, self.captions, self.contents)


def walk(_Element root):
    """What :func:`shuddh.extract._fast._py_walk` returns for ``root``, computed in C."""
    if root._c_node.type != tree.XML_ELEMENT_NODE:
        return _py_walk(root)
    try:
        return _Walk().run(root)
    except _EntityRef:
        return _py_walk(root)
