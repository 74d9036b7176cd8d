"""Running queued tasks in-process, whatever django-tasks backend holds them.

The database backend is drained with django-tasks-db's own worker; a Redis
backend (django-tasks-rq) with rq's SimpleWorker in burst mode. Backends that
run tasks at once (Immediate) or elsewhere need nothing.
"""

from django.conf import settings
from django.utils.module_loading import import_string

DATABASE = "django_tasks_db.DatabaseBackend"
REDIS = "django_tasks_rq.RQBackend"


def drainable_backends():
    """(alias, kind) for each configured backend this process can run tasks from."""
    kinds = {DATABASE: "database", REDIS: "redis"}
    return [
        (alias, kinds[config["BACKEND"]])
        for alias, config in settings.TASKS.items()
        if config["BACKEND"] in kinds
    ]


def pending(alias, kind):
    if kind == "database":
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.ready().filter(backend_name=alias).exists()
    return any(queue.count for queue in rq_queues(alias))


def drain(alias, kind, worker_id):
    if kind == "database":
        Worker = import_string("django_tasks_db.management.commands.db_worker.Worker")
        Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=alias,
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        ).run()
    else:
        from django_tasks_rq.backend import Job
        from rq import SimpleWorker

        queues = rq_queues(alias)
        worker = SimpleWorker(queues, connection=queues[0].connection, job_class=Job)
        worker.work(burst=True, with_scheduler=True, logging_level="WARNING")


def rq_queues(alias):
    import django_rq
    from django_tasks_rq.backend import Job

    names = settings.TASKS[alias].get("QUEUES") or ["default"]
    return [django_rq.get_queue(name, job_class=Job) for name in names]
