package com.acme.web;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One servlet instance serves every request thread; the session table is a plain HashMap. */
public class BadSessionServlet extends HttpServlet {
    private final Map<String, String> sessions = new HashMap<>(); // expect: SHARED_UNSAFE_MAP

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getParameter("id");
        sessions.put(id, request.getRemoteUser()); // related: SHARED_UNSAFE_MAP
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        sessions.keySet().remove(request.getParameter("id")); // related: SHARED_UNSAFE_MAP
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-User", sessions.get(request.getParameter("id")));
    }
}
