package com.example.hb;

import java.util.HashMap;
import java.util.Map;

/** Seat reservations in a plain HashMap with check-then-act and no lock: double bookings. */
public final class SeatMap {
    private final Map<String, String> guestBySeat = new HashMap<>();

    public boolean reserve(String seat, String guest) {
        if (!guestBySeat.containsKey(seat)) { // race: check-then-act
            guestBySeat.put(seat, guest); // race: check-then-act
            return true;
        }
        return false;
    }

    public String guest(String seat) {
        return guestBySeat.get(seat);
    }
}
