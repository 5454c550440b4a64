package io.github.maprace.plugin.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that indents element-only content (StAX has
 * no pretty printing) and passes every text through {@link Texts#xmlSafe}, so that callers cannot
 * forget either. Escaping itself stays with StAX.
 */
final class IndentingXml implements AutoCloseable {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int depth;
    /** True when the innermost open element has child elements, so its end tag goes on a new line. */
    private boolean hasChildren;

    private IndentingXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Starts a UTF-8 document on {@code out}. */
    static IndentingXml open(OutputStream out) throws XMLStreamException {
        // the JDK's own implementation, not whatever StAX provider a user's plugin classpath brings:
        // the output bytes must not depend on the build it runs in
        XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        return new IndentingXml(writer);
    }

    /** Opens an element that will have child elements. */
    IndentingXml start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        hasChildren = false;
        return this;
    }

    /** Writes an element with no content ({@code <name .../>}); attributes may follow, no {@link #end()}. */
    IndentingXml empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        return this;
    }

    /** Adds an attribute to the element just started. */
    IndentingXml attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, Texts.xmlSafe(value));
        return this;
    }

    /** Adds a numeric attribute to the element just started. */
    IndentingXml attribute(String name, long value) throws XMLStreamException {
        xml.writeAttribute(name, Long.toString(value));
        return this;
    }

    /** Adds a boolean attribute to the element just started. */
    IndentingXml attribute(String name, boolean value) throws XMLStreamException {
        xml.writeAttribute(name, Boolean.toString(value));
        return this;
    }

    /** Closes the innermost element. */
    IndentingXml end() throws XMLStreamException {
        depth--;
        if (hasChildren) {
            newLine();
        }
        xml.writeEndElement();
        hasChildren = true;
        return this;
    }

    /** Writes {@code <name>text</name>} on one line. */
    IndentingXml textElement(String name, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(Texts.xmlSafe(text));
        xml.writeEndElement();
        hasChildren = true;
        return this;
    }

    /** Writes {@code <name attribute="value">text</name>} on one line. */
    IndentingXml textElement(String name, String attribute, long value, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeAttribute(attribute, Long.toString(value));
        xml.writeCharacters(Texts.xmlSafe(text));
        xml.writeEndElement();
        hasChildren = true;
        return this;
    }

    /** Ends the document and flushes; does not close the underlying stream. */
    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
        hasChildren = true;
    }
}
