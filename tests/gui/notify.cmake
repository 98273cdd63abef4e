# registered by its area's engineer
