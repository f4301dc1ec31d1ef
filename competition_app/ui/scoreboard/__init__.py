"""The projector scoreboard (大屏): a second-screen window for the hall and the ceremony."""
