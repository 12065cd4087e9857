"""Channel adapters: each turns its platform's events into `Inbound` and renders `Reply`."""
