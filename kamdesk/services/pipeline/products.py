"""The portfolio's product and solution lines, used by opportunities and the whitespace matrix.

Deleting a product keeps its opportunities, without a product (the foreign key is SET NULL);
:meth:`ProductService.restore` gives the product its id back and the opportunities their
product, as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.model import Opportunity, Product
from kamdesk.model.enums import fold
from kamdesk.services.pipeline import checks
from kamdesk.services.pipeline import messages as m
from kamdesk.services.pipeline.data import PRODUCT_FIELDS, ProductData, ProductRow
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio


class ProductService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def list_rows(self) -> list[ProductRow]:
        """Every product by name, with how many opportunities offer it."""
        counts = (
            select(Opportunity.product_id, func.count().label("n"))
            .group_by(Opportunity.product_id)
            .subquery()
        )
        query = select(
            Product.id, Product.name, Product.category, func.coalesce(counts.c.n, 0)
        ).outerjoin(counts, counts.c.product_id == Product.id)
        with self.portfolio.session() as session:
            rows = [ProductRow(*r) for r in session.execute(query)]
        return sorted(rows, key=lambda r: (fold(r.name), r.id))

    def get(self, product_id: int) -> ProductData:
        with self.portfolio.session() as session:
            product = _require(session, product_id)
            return ProductData(product.name, product.category)

    def validate(self, data: ProductData, product_id: int | None = None) -> list[Problem]:
        with self.portfolio.session() as session:
            return checks.product_problems(session, data, product_id)

    def create(self, data: ProductData) -> int:
        """A name is required and unique (ignoring case and accents)."""
        with self.portfolio.session() as session:
            refuse(checks.product_problems(session, data, None))
            data = checks.clean_product(data)
            product = Product(name=data.name, category=data.category)
            session.add(product)
            session.flush()
            return product.id

    def update(self, product_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Applies ``changes`` ({field: value}); returns the previous values of those fields."""
        unknown = set(changes) - set(PRODUCT_FIELDS)
        if unknown:  # a bug in the caller, not the KAM's input
            raise ValueError(f"not a product field: {sorted(unknown)}")
        with self.portfolio.session() as session:
            product = _require(session, product_id)
            before = ProductData(product.name, product.category)
            after = replace(before, **changes)
            refuse(checks.product_problems(session, after, product_id))
            after = checks.clean_product(after)
            product.name, product.category = after.name, after.category
            return {name: getattr(before, name) for name in changes}

    def rename(self, product_id: int, name: str) -> str:
        """Returns the previous name."""
        return self.update(product_id, {"name": name})["name"]

    def delete(self, product_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the products; their opportunities stay, without a product."""
        ids = list(dict.fromkeys(product_ids))
        with self.portfolio.session() as session:
            found = set(session.scalars(select(Product.id).where(Product.id.in_(ids))))
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationError([Problem("id", m.NO_SUCH_PRODUCT, {"ids": missing})])
            snapshot = take_deletion_snapshot(session, Product.__table__, ids)
            delete_rows(session, Product.__table__, ids)
            return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Undoes :meth:`delete` (and redoes :meth:`create`), ids and opportunities included."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)


def _require(session: Session, product_id) -> Product:
    product = session.get(Product, product_id) if checks.is_id(product_id) else None
    if product is None:
        raise ValidationError([Problem("id", m.NO_SUCH_PRODUCT)])
    return product
