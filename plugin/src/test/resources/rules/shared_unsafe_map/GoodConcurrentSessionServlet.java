package com.acme.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The same servlet with a ConcurrentHashMap. */
public class GoodConcurrentSessionServlet extends HttpServlet {
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        sessions.put(request.getParameter("id"), request.getRemoteUser());
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        sessions.keySet().remove(request.getParameter("id"));
    }
}
