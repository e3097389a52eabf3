"""bidlark: a real-time bidder answering ad exchanges' OpenRTB bid requests for the campaigns it runs."""
