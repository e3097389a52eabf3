"""wavecrest: a community radio station's playout, schedule, ad slots, licensing and royalty reports."""
