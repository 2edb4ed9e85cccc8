"""The demo: a realistic year of the strategy's monitoring and of CII inspections, played through
real workspaces and real bundles.

``data`` reads the data set from ``resources/demo/*.toml``; ``files`` makes the evidence files
it attaches with the report code; ``story`` turns the data into dated steps, each done by one
node through its own desk; ``build`` creates the workspaces and plays the story, carrying
every bundle. The package sits above the exchange and the reports and below the front ends.
"""
