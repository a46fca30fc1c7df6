from django.utils.html import escape


def paragraphs(*texts):
    """Plain text paragraphs as the HTML that rich-text fields store."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)
