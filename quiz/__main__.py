"""``python -m quiz`` runs the same command-line interface as the ``quiz`` script."""

from quiz.cli import main

if __name__ == "__main__":
    main()
