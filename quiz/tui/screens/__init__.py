"""One module per screen. Screens post messages up to the app; the app passes data down."""
