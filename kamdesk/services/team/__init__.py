"""Team mode (issue 9): a portfolio shared on a PostgreSQL server.

- ``connection``: a server's address, the password in the keychain, encryption.
- ``transfer``: publish a portfolio file to an empty server database, and take a server
  portfolio offline into a new file; both compare every table afterwards.
"""
