"""`asamblea assemblies problem-title|problem-project`: a problem's title typed wrong is
corrected (until the acta is approved), and a problem becomes a project (its title and area
by default), named by its number as `assemblies show` lists them."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.common import Handler, opened, report
from app.container import Services
from app.domain.errors import DomainError
from app.i18n import _

Add = Callable[[str, str, Handler], argparse.ArgumentParser]


def register_problem_fixes(add: Add) -> None:
    number_help = "número del problema, en el orden en que se registraron"
    title = add("problem-title", "corrige el título de un problema", cmd_problem_title)
    title.add_argument("--problem", type=int, required=True, metavar="N", help=number_help)
    title.add_argument("--title", required=True, metavar="TÍTULO", help="el título correcto")
    project = add("problem-project", "crea un proyecto a partir de un problema",
                  cmd_problem_project)
    project.add_argument("--problem", type=int, required=True, metavar="N", help=number_help)
    project.add_argument("--title", metavar="TÍTULO",
                         help="título del proyecto (por omisión, el del problema)")
    project.add_argument("--cost", type=float, default=0.0, metavar="MONTO",
                         help="costo estimado en dólares (por omisión 0)")


def _problem_id(sv: Services, assembly_id: str, number: int) -> str:
    ids = [p.id for p in sv.problems.list_all(assembly_id=assembly_id)]
    if not 1 <= number <= len(ids):
        raise DomainError("not_found", entity="problem", id=str(number))
    return ids[number - 1]


def cmd_problem_title(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        problem = sv.problems.get(_problem_id(sv, args.assembly, args.problem))
        fixed = sv.problems.update(problem.id, args.title, problem.category,
                                   problem.families_affected, problem.description)
    return report(args, fixed, _("Problema corregido: «{title}».").format(title=fixed.title))


def cmd_problem_project(args: argparse.Namespace) -> int:
    with opened(args) as sv:
        problem = sv.problems.get(_problem_id(sv, args.assembly, args.problem))
        project = sv.projects.create(problem.organization_id, args.title or problem.title,
                                     problem.category, round(args.cost * 100),
                                     problem_ids=[problem.id])
    return report(args, project, _("Proyecto creado: «{title}» ({id}).").format(
        title=project.title, id=project.id))
