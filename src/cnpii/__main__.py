"""``python -m cnpii`` runs the same :func:`cnpii.cli.main` as the ``cnpii`` command."""

from cnpii.cli import run

if __name__ == "__main__":
    run()
