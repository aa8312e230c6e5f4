"""KoLL Desktop: validation of prior learning (validering av reell kompetens)."""

__version__ = "0.1.0"
APP_NAME = "KoLL Desktop"
