"""Use cases over one SQLAlchemy Session each (unit of work); every write goes through here.

Services return plain dataclasses, never live ORM objects, so widgets cannot reach the database.
"""
