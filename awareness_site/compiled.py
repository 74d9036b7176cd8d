"""A page's own row for serving, with its SQL compiled once per model and database.

Django compiles a queryset's SQL anew each time it is evaluated. Serving a
page from the structure cache (``serving.py``) reads one row, the page with
the relations its template shows (``routing.for_serving``): some 60 columns
over four tables, whose compiling took 0.7 ms of the 7 ms an uncached
advisory cost on the benchmark's machine, for SQL that differs from one page
to the next only in the page's id.

``live_page(model, pk)`` compiles ``for_serving(model).get(pk=pk, live=True)``
once, with a stand-in id, and keeps the SQL with what Django's
``ModelIterable`` builds to turn a row into the page and its joined objects
(the column list, the database's converters, the related objects'
populators). Each call runs that SQL with the page's id in place of the
stand-in, and builds the page as the ORM would. A query that does not fit
that shape (the stand-in not found once in the parameters, annotations,
prefetches) is left to the ORM.
"""

from django.db import connections, router
from django.db.models.query import get_related_populators

from .routing import for_serving

STAND_IN_PK = -2_147_000_321  # an id no page has: found among the compiled parameters
_prepared = {}  # (model, database alias) -> _Prepared, or None when the ORM serves it


def live_page(model, pk):
    """The live page ``pk`` of ``model`` with its ``serve_select_related``, or None."""
    using = router.db_for_read(model)  # as the queryset would; building one costs more
    key = (model, using)
    if key not in _prepared:
        _prepared[key] = _Prepared.compile(for_serving(model).using(using))
    prepared = _prepared[key]
    if prepared is None:
        return for_serving(model).using(using).filter(pk=pk, live=True).first()
    return prepared.fetch(pk)


class _Prepared:
    def __init__(self, model, using, compiler, sql, params, pk_index):
        self.model, self.using, self.sql = model, using, sql
        self.params, self.pk_index = list(params), pk_index
        klass_info, select = compiler.klass_info, compiler.select
        self.start, self.end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start : self.end]]
        self.populators = get_related_populators(klass_info, select, using)
        self.compiler = compiler
        self.converters = compiler.get_converters([s[0] for s in select[: compiler.col_count]])

    @classmethod
    def compile(cls, queryset):
        queryset = queryset.filter(pk=STAND_IN_PK, live=True).order_by()
        if queryset._prefetch_related_lookups or queryset.query.annotations:
            return None
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        found = [i for i, value in enumerate(params) if value == STAND_IN_PK]
        if len(found) != 1 or compiler.annotation_col_map:
            return None
        return cls(queryset.model, queryset.db, compiler, sql, params, found[0])

    def fetch(self, pk):
        params = list(self.params)
        params[self.pk_index] = pk
        with connections[self.using].cursor() as cursor:
            cursor.execute(self.sql, params)
            row = cursor.fetchone()
        if row is None:
            return None
        if self.converters:
            row = next(self.compiler.apply_converters([row], self.converters))
        page = self.model.from_db(self.using, self.init_list, row[self.start : self.end])
        for populator in self.populators:
            populator.populate(row, page)
        return page
