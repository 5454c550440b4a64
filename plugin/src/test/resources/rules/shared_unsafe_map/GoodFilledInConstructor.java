package com.acme.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The routing table is built while the servlet is constructed and only read by request threads. */
public class GoodFilledInConstructor extends HttpServlet {
    private final Map<String, String> routes = new HashMap<>();

    public GoodFilledInConstructor(List<String> paths) {
        paths.forEach(path -> routes.put(path, path.toUpperCase()));
        addDefaults();
    }

    private void addDefaults() {
        routes.put("/", "INDEX");
        routes.keySet().remove("/tmp");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Route", routes.get(request.getPathInfo()));
    }
}
