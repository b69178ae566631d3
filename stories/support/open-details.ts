/** A story's play step: once the feed has loaded, presses the first "Show details" button, to show the opened state. */
export async function openFirstDetails({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector('ero-project-card, ero-project-list, ero-service-finder, ero-event-calendar');
  for (let tries = 0; element && tries < 100; tries++) {
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="details-button"]');
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
