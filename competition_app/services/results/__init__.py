"""Results: ranking from what is stored, explanations, locks and exports."""
