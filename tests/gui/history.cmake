# Charts show the series history found at start (HistoryFeed).
